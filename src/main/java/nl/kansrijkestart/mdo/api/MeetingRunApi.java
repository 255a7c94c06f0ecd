package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.ETags.version;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.Attendance;
import nl.kansrijkestart.mdo.meetings.AttendanceService;
import nl.kansrijkestart.mdo.meetings.CurrentItemService;
import nl.kansrijkestart.mdo.meetings.FollowUp;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.Outcome;
import nl.kansrijkestart.mdo.meetings.OutcomeDraft;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.meetings.OutcomeStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Running a meeting: its chair starts it, moves the current item, marks attendance, records the
 * outcome per accepted item and closes it, which locks everything. Participants read along.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Running a meeting", description = "Start, current item, attendance and quorum, outcomes, close")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class MeetingRunApi {

    private final OutcomeService outcomes;
    private final CurrentItemService currentItems;
    private final AttendanceService attendance;

    MeetingRunApi(OutcomeService outcomes, CurrentItemService currentItems, AttendanceService attendance) {
        this.outcomes = outcomes;
        this.currentItems = currentItems;
        this.attendance = attendance;
    }

    @PostMapping("/meetings/{meetingId}/start")
    @Operation(summary = "Start a planned meeting I chair")
    ResponseEntity<MeetingSummary> start(@PathVariable long meetingId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return changed(outcomes.start(meetingId, version(ifMatch)));
    }

    @PostMapping("/meetings/{meetingId}/close")
    @Operation(summary = "Close a running meeting I chair; its outcomes, actions and attendance are then locked")
    ResponseEntity<MeetingSummary> close(@PathVariable long meetingId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return changed(outcomes.close(meetingId, version(ifMatch)));
    }

    @PutMapping("/meetings/{meetingId}/current-item")
    @Operation(summary = "Move the running meeting to an accepted item; every open page follows. If-Match: the "
            + "meeting's ETag; the answer's ETag is its new version")
    ResponseEntity<Void> discuss(@PathVariable long meetingId, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody CurrentItemRequest request) {
        long version = currentItems.discuss(meetingId, request.itemId(), version(ifMatch));
        return ResponseEntity.noContent().eTag(ETags.of(version)).build();
    }

    @GetMapping("/meetings/{meetingId}/attendance")
    @Operation(summary = "Who is present and which core and ideal disciplines are missing")
    AttendanceDetails attendance(@PathVariable long meetingId) {
        return AttendanceDetails.of(attendance.attendance(meetingId));
    }

    @PutMapping("/meetings/{meetingId}/attendance/{attendeeKey}")
    @Operation(summary = "Mark an invited user (user-<id>) or guest (guest-<n>) present or absent. If-Match: the "
            + "meeting's ETag; the answer's ETag is its new version")
    ResponseEntity<AttendanceDetails> mark(@PathVariable long meetingId,
            @Parameter(example = "user-7") @PathVariable String attendeeKey,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody PresenceRequest request) {
        Attendance marked = attendance.mark(meetingId, attendeeKey, request.present(), version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(marked.meetingVersion())).body(AttendanceDetails.of(marked));
    }

    @GetMapping("/meetings/{meetingId}/outcomes")
    @Operation(summary = "The recorded outcomes of a meeting")
    List<Outcome> outcomes(@PathVariable long meetingId) {
        return outcomes.outcomes(meetingId);
    }

    @PutMapping("/agenda-items/{itemId}/outcome")
    @Operation(summary = "Record the outcome of an accepted item while the meeting runs: If-None-Match: * the "
            + "first time, If-Match with the outcome's ETag to correct it")
    ResponseEntity<Outcome> record(@PathVariable long itemId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @RequestBody OutcomeRequest request) {
        Outcome recorded = outcomes.record(itemId, ETags.versionOrNone(ifMatch, ifNoneMatch), request.draft());
        return ResponseEntity.ok().eTag(ETags.of(recorded.version())).body(recorded);
    }

    private static ResponseEntity<MeetingSummary> changed(MeetingSummary meeting) {
        return ResponseEntity.ok().eTag(ETags.of(meeting.version())).body(meeting);
    }

    record CurrentItemRequest(@JsonProperty(required = true) long itemId) {}

    record PresenceRequest(@JsonProperty(required = true) boolean present) {}

    @Schema(description = "DISCUSSED counts for indicator 7; followUpDate only with REDISCUSS")
    record OutcomeRequest(@Nullable OutcomeStatus status,
            @Schema(example = "Wijkteam start schuldhulp; verloskundige blijft contactpersoon.") @Nullable String conclusion,
            @Nullable FollowUp followUp, @Nullable LocalDate followUpDate) {

        OutcomeDraft draft() {
            return new OutcomeDraft(status, conclusion, followUp, followUpDate);
        }
    }

    @Schema(description = "quorum: no core discipline is missing; the chair counts as present")
    record AttendanceDetails(List<Attendance.Attendee> attendees, List<Discipline> missingCore,
            List<Discipline> missingIdeal, boolean quorum) {

        static AttendanceDetails of(Attendance attendance) {
            return new AttendanceDetails(attendance.attendees(), attendance.missingCore(), attendance.missingIdeal(),
                    attendance.quorum());
        }
    }
}
