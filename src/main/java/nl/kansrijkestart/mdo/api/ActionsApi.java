package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.ETags.version;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import nl.kansrijkestart.mdo.meetings.ActionDraft;
import nl.kansrijkestart.mdo.meetings.ActionService;
import nl.kansrijkestart.mdo.meetings.AgreedAction;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agreed actions: the chair records them per item; each assignee lists theirs and marks them done. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Actions", description = "Agreed actions per agenda item, my actions, marking one done")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class ActionsApi {

    private final ActionService actions;

    ActionsApi(ActionService actions) {
        this.actions = actions;
    }

    @PostMapping("/agenda-items/{itemId}/actions")
    @Operation(summary = "Agree an action on an accepted item of a running meeting I chair")
    ResponseEntity<AgreedAction> agree(@PathVariable long itemId, @RequestBody ActionRequest request) {
        AgreedAction agreed = actions.agree(itemId, request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ETags.of(agreed.version())).body(agreed);
    }

    @GetMapping("/meetings/{meetingId}/actions")
    @Operation(summary = "The actions agreed in a meeting, by due date")
    List<AgreedAction> ofMeeting(@PathVariable long meetingId) {
        return actions.actions(meetingId);
    }

    @GetMapping("/actions/mine")
    @Operation(summary = "The actions assigned to me, open ones first, each by due date; overdue ones flagged")
    List<AgreedAction> mine() {
        return actions.myActions();
    }

    @PostMapping("/actions/{actionId}/done")
    @Operation(summary = "Mark an action assigned to me done")
    ResponseEntity<AgreedAction> markDone(@PathVariable long actionId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        AgreedAction done = actions.markDone(actionId, version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(done.version())).body(done);
    }

    @Schema(description = "What, who (an invited user's id, or else an external party by name) and by when")
    record ActionRequest(@Schema(example = "Huisbezoek plannen met de ouders") @Nullable String what,
            @Nullable Long assigneeUserId, @Nullable String externalParty,
            @Schema(example = "2026-12-15") @Nullable LocalDate dueOn) {

        ActionDraft draft() {
            return new ActionDraft(what, assigneeUserId, externalParty, dueOn);
        }
    }
}
