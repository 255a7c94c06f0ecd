package nl.kansrijkestart.mdo.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.kansrijkestart.mdo.meetings.Addendum;
import nl.kansrijkestart.mdo.meetings.AddendumService;
import nl.kansrijkestart.mdo.meetings.CaseMinutes;
import nl.kansrijkestart.mdo.meetings.CaseMinutesService;
import nl.kansrijkestart.mdo.meetings.Note;
import nl.kansrijkestart.mdo.meetings.NotesService;
import org.jspecify.annotations.Nullable;
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
 * What is written down about the cases of a meeting: the shared notes per item while the meeting
 * runs (version-checked like the screen, so two writers never overwrite each other), addenda under
 * the locked minutes of a closed meeting, and the minutes of one case for its care team. Access,
 * consent scope and the access log are the meeting services'.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Minutes", description = "Shared notes while a meeting runs, addenda after it closed, minutes per case")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class MinutesApi {

    private final NotesService notes;
    private final AddendumService addenda;
    private final CaseMinutesService minutes;

    MinutesApi(NotesService notes, AddendumService addenda, CaseMinutesService minutes) {
        this.notes = notes;
        this.addenda = addenda;
        this.minutes = minutes;
    }

    @GetMapping("/meetings/{meetingId}/notes")
    @Operation(summary = "The shared notes of every item of a meeting I chair or am invited to")
    List<Note> notes(@PathVariable long meetingId) {
        return notes.notes(meetingId);
    }

    @GetMapping("/agenda-items/{itemId}/notes")
    @Operation(summary = "The shared notes of one item with their ETag; 204 when nobody wrote any yet")
    ResponseEntity<Note> note(@PathVariable long itemId) {
        return notes.note(itemId).map(note -> ResponseEntity.ok().eTag(ETags.of(note.version())).body(note))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping("/agenda-items/{itemId}/notes")
    @Operation(summary = "Write the shared notes of an accepted item while the meeting runs: If-None-Match: * "
            + "the first time, If-Match with the notes' ETag after that; 412 names who wrote in between")
    ResponseEntity<Note> write(@PathVariable long itemId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @RequestBody NotesRequest request) {
        Note saved = notes.save(itemId, ETags.versionOrNone(ifMatch, ifNoneMatch),
                request.text() == null ? "" : request.text());
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(saved);
    }

    @GetMapping("/meetings/{meetingId}/addenda")
    @Operation(summary = "The addenda written under the minutes of a closed meeting")
    List<Addendum> addenda(@PathVariable long meetingId) {
        return addenda.addenda(meetingId);
    }

    @PostMapping("/agenda-items/{itemId}/addenda")
    @Operation(summary = "Add a correction or addition under the locked minutes of an item of a closed meeting "
            + "(its chair, or a participant on the case's care team)")
    ResponseEntity<Addendum> addAddendum(@PathVariable long itemId, @RequestBody AddendumRequest request) {
        Addendum added = addenda.add(itemId, request.text() == null ? "" : request.text());
        return ResponseEntity.status(HttpStatus.CREATED).body(added);
    }

    @GetMapping("/cases/{caseNumber}/minutes")
    @Operation(summary = "Every closed meeting's outcome, notes, actions and addenda for one case on my care team")
    List<CaseMinutes> minutes(@PathVariable String caseNumber) {
        return minutes.minutes(caseNumber);
    }

    @Schema(description = "The whole text of the notes; an empty text clears them")
    record NotesRequest(@JsonProperty(required = true) @Nullable String text) {}

    record AddendumRequest(@JsonProperty(required = true) @Nullable String text) {}
}
