package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.Function;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.Invitee;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whom a chair may invite to a meeting ({@code participantIds}, {@code POST …/participants}): the
 * enabled professionals, with name, discipline and organisation only. For chairs, as the planning
 * screen's picker (the meeting service checks the role).
 */
@RestController
@Tag(name = "Meetings")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class InvitablePeopleApi {

    private final MeetingService meetings;

    InvitablePeopleApi(MeetingService meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/api/v1/invitable-people")
    @Operation(summary = "The professionals a chair may invite, by name (CHAIR only)")
    ApiPage<Invitee> invitable(
            @Parameter(description = "part of the name") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "only this discipline") @RequestParam(required = false) @Nullable Discipline discipline,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ApiPage.check(page, size);
        return ApiPage.of(meetings.invitable(q == null ? "" : q, discipline, page, size), Function.identity());
    }
}
