package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.ETags.version;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalTime;
import java.util.List;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.MeetingAgenda;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
 * Agenda requests: a care-team member submits a case through the consent gate and follows the
 * chair's decision; the meeting's own chair accepts, rejects, moves, orders and times them.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Agenda", description = "Submit cases to a meeting; the chair accepts, rejects, moves, orders and times them")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class AgendaApi {

    private final AgendaService agenda;
    private final MeetingAgenda agendas;
    private final MessageSource messages;

    AgendaApi(AgendaService agenda, MeetingAgenda agendas, MessageSource messages) {
        this.agenda = agenda;
        this.agendas = agendas;
        this.messages = messages;
    }

    @PostMapping("/meetings/{meetingId}/agenda-requests")
    @Operation(summary = "Submit one of my cases with the question; a named case needs consent covering the meeting date")
    ResponseEntity<AgendaItemView> submit(@PathVariable long meetingId, @RequestBody SubmissionRequest request,
            HttpServletRequest http) {
        AgendaEntry submitted = agenda.submit(meetingId, request.caseNumber() == null ? "" : request.caseNumber(),
                request.question(), request.parentsAttend());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ETags.of(submitted.version()))
                .body(AgendaItemView.of(submitted, messages, ApiProblems.locale(http)));
    }

    @GetMapping("/agenda-requests/mine")
    @Operation(summary = "The cases I submitted, newest first, with the chair's decision and reason")
    List<SubmissionView> mySubmissions(HttpServletRequest request) {
        return agendas.mySubmissions().stream()
                .map(submission -> SubmissionView.of(submission, messages, ApiProblems.locale(request)))
                .toList();
    }

    @PostMapping("/agenda-items/{itemId}/acceptance")
    @Operation(summary = "Accept a request onto the agenda (the meeting's chair; consent is checked again)")
    ResponseEntity<AgendaItemView> accept(@PathVariable long itemId, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            HttpServletRequest http) {
        return changed(agenda.accept(itemId, version(ifMatch)), http);
    }

    @PostMapping("/agenda-items/{itemId}/rejection")
    @Operation(summary = "Reject a request with the reason the submitter will read")
    ResponseEntity<AgendaItemView> reject(@PathVariable long itemId, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody RejectionRequest request, HttpServletRequest http) {
        return changed(agenda.reject(itemId, version(ifMatch), request.reason()), http);
    }

    @PostMapping("/agenda-items/{itemId}/move")
    @Operation(summary = "Move an item to another upcoming meeting I chair, where it waits for acceptance again")
    ResponseEntity<AgendaItemView> move(@PathVariable long itemId, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody MoveRequest request, HttpServletRequest http) {
        return changed(agenda.move(itemId, version(ifMatch), request.meetingId()), http);
    }

    @PutMapping("/agenda-items/{itemId}/slot")
    @Operation(summary = "Set the time slot of an accepted item within the meeting; both null clears it")
    ResponseEntity<AgendaItemView> setSlot(@PathVariable long itemId, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody SlotRequest request, HttpServletRequest http) {
        return changed(agenda.setSlot(itemId, version(ifMatch), request.start(), request.minutes()), http);
    }

    @PutMapping("/meetings/{meetingId}/agenda/order")
    @Operation(summary = "Put the accepted items in this order; items not named follow in their current order. "
            + "If-Match: the meeting's ETag; the answer's ETag is its new version")
    ResponseEntity<Void> order(@PathVariable long meetingId, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody OrderRequest request) {
        long version = agenda.order(meetingId, request.itemIds(), version(ifMatch));
        return ResponseEntity.noContent().eTag(ETags.of(version)).build();
    }

    private ResponseEntity<AgendaItemView> changed(AgendaEntry entry, HttpServletRequest http) {
        return ResponseEntity.ok().eTag(ETags.of(entry.version()))
                .body(AgendaItemView.of(entry, messages, ApiProblems.locale(http)));
    }

    @Schema(description = "A case to bring to a meeting. Do not identify the client in the question.")
    record SubmissionRequest(@Schema(example = "KS-7QX4-M2P9") @Nullable String caseNumber,
            @Schema(example = "Wie neemt de regie bij schulden en huisvesting?") @Nullable String question,
            boolean parentsAttend) {}

    record RejectionRequest(@Nullable String reason) {}

    record MoveRequest(@JsonProperty(required = true) long meetingId) {}

    record SlotRequest(@Schema(example = "13:30") @Nullable LocalTime start,
            @Schema(example = "20") @Nullable Integer minutes) {}

    record OrderRequest(@JsonProperty(required = true) List<Long> itemIds) {}
}
