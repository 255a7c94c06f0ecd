package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.ETags.version;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.CurrentItemService;
import nl.kansrijkestart.mdo.meetings.GuestDraft;
import nl.kansrijkestart.mdo.meetings.InvitationCalendar;
import nl.kansrijkestart.mdo.meetings.MeetingAgenda;
import nl.kansrijkestart.mdo.meetings.MeetingPlanService;
import nl.kansrijkestart.mdo.meetings.MeetingSchedule;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.Recurrence;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings as their chair and invited professionals see them: the list, one meeting with its
 * agenda (each item only as far as the consent allows the caller's discipline), planning,
 * inviting, changing and cancelling (chairs), and the calendar invitation.
 */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "My meetings, a meeting with its agenda, planning and inviting, .ics invitation")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class MeetingsApi {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final MeetingService meetings;
    private final MeetingPlanService plans;
    private final MeetingAgenda agendas;
    private final CurrentItemService currentItems;
    private final MessageSource messages;
    private final Clock clock;

    MeetingsApi(MeetingService meetings, MeetingPlanService plans, MeetingAgenda agendas,
            CurrentItemService currentItems, MessageSource messages, Clock clock) {
        this.meetings = meetings;
        this.plans = plans;
        this.agendas = agendas;
        this.currentItems = currentItems;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The meetings I chair or am invited to: upcoming (earliest first), past (latest first), or all")
    List<MeetingSummary> mine(@Parameter(description = "upcoming or past; all when left out")
            @RequestParam(required = false) @Nullable String when) {
        List<MeetingSummary> mine = meetings.myMeetings();
        Predicate<MeetingSummary> isPast = meeting -> meeting.endsAt().toInstant().isBefore(clock.instant());
        return switch (when == null ? "" : when.strip()) {
            case "" -> mine;
            case "upcoming" -> mine.stream().filter(isPast.negate()).toList();
            case "past" -> mine.stream().filter(isPast).toList().reversed();
            default -> throw new InvalidInputException("when", "api.meetings.when-invalid");
        };
    }

    @GetMapping("/{meetingId}")
    @Operation(summary = "One meeting with its agenda; the chair also sees requests and decisions")
    ResponseEntity<MeetingDetails> read(@PathVariable long meetingId, HttpServletRequest request) {
        MeetingSummary meeting = meetings.open(meetingId);
        Locale locale = ApiProblems.locale(request);
        MeetingDetails details = new MeetingDetails(meeting, currentItems.currentItem(meetingId),
                agendas.agenda(meetingId).stream().map(entry -> AgendaItemView.of(entry, messages, locale)).toList());
        return ResponseEntity.ok().eTag(ETags.of(meeting.version())).body(details);
    }

    @PostMapping
    @Operation(summary = "Plan a meeting that I chair (CHAIR)")
    ResponseEntity<MeetingSummary> plan(@RequestBody MeetingRequest request) {
        MeetingSummary planned = meetings.plan(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + planned.id()))
                .eTag(ETags.of(planned.version())).body(planned);
    }

    @PostMapping("/series")
    @Operation(summary = "Plan a series in one go, e.g. every first Tuesday of the month (CHAIR)")
    ResponseEntity<List<MeetingSummary>> planSeries(@RequestBody SeriesRequest request) {
        List<MeetingSummary> planned = meetings.planSeries(request.meeting().draft(), request.recurrence());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + planned.getFirst().id())).body(planned);
    }

    @PostMapping("/{meetingId}/participants")
    @Operation(summary = "Invite a professional to a meeting I chair")
    ResponseEntity<MeetingSummary> invite(@PathVariable long meetingId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody ParticipantRequest request) {
        return changed(meetings.invite(meetingId, version(ifMatch), request.userId()));
    }

    @PostMapping("/{meetingId}/guests")
    @Operation(summary = "Invite an external professional by name to a meeting I chair")
    ResponseEntity<MeetingSummary> inviteGuest(@PathVariable long meetingId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody GuestRequest request) {
        return changed(meetings.inviteGuest(meetingId, version(ifMatch),
                new GuestDraft(request.name(), request.organisation(), request.discipline())));
    }

    @DeleteMapping("/{meetingId}/participants/{userId}")
    @Operation(summary = "Withdraw the invitation of a professional to a planned meeting I chair")
    ResponseEntity<MeetingSummary> uninvite(@PathVariable long meetingId, @PathVariable long userId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return changed(plans.uninvite(meetingId, version(ifMatch), userId));
    }

    @PutMapping("/{meetingId}/schedule")
    @Operation(summary = "Change the date, time, duration, place or video link of a planned meeting I chair; "
            + "cases whose consent does not cover the new date leave the agenda")
    ResponseEntity<MeetingSummary> reschedule(@PathVariable long meetingId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody MeetingSchedule schedule) {
        return changed(plans.reschedule(meetingId, version(ifMatch), schedule));
    }

    @PostMapping("/{meetingId}/cancellation")
    @Operation(summary = "Cancel a planned meeting I chair; it stays listed as cancelled and its cases are released")
    ResponseEntity<MeetingSummary> cancel(@PathVariable long meetingId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return changed(plans.cancel(meetingId, version(ifMatch)));
    }

    @GetMapping(value = "/{meetingId}/invitation.ics", produces = "text/calendar")
    @Operation(summary = "The invitation for a calendar: type, time, place or link and chair, never a case")
    ResponseEntity<byte[]> invitation(@PathVariable long meetingId, HttpServletRequest request) {
        MeetingSummary meeting = meetings.open(meetingId);
        Locale locale = ApiProblems.locale(request);
        byte[] ics = InvitationCalendar.ics(meeting, messages.getMessage(meeting.type().messageKey(), null, locale),
                messages.getMessage("meeting.ics.chair", new Object[] {meeting.chairName()}, locale));
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("overleg-" + meetingId + ".ics").build().toString())
                .body(ics);
    }

    private static ResponseEntity<MeetingSummary> changed(MeetingSummary meeting) {
        return ResponseEntity.ok().eTag(ETags.of(meeting.version())).body(meeting);
    }

    @Schema(description = "A meeting with the item now being discussed and the agenda as the caller may see it")
    record MeetingDetails(MeetingSummary meeting, @Nullable Long currentItemId, List<AgendaItemView> agenda) {}

    @Schema(description = "A meeting and how it repeats; count meetings in all, the first on the meeting's date")
    record SeriesRequest(@JsonProperty(required = true) MeetingRequest meeting,
            @JsonProperty(required = true) Recurrence.Kind kind, int intervalWeeks, int count) {

        Recurrence recurrence() {
            return new Recurrence(kind, intervalWeeks, count);
        }
    }

    record ParticipantRequest(@JsonProperty(required = true) long userId) {}

    record GuestRequest(@Nullable String name, @Nullable String organisation, @Nullable Discipline discipline) {}
}
