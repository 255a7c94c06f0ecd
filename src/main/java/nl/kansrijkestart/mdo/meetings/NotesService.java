package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.AgendaNote;
import nl.kansrijkestart.mdo.meetings.internal.AgendaNoteRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared notes of the agenda items, typed by everyone taking part while the meeting runs and
 * saved continuously. A save names the version it was typed on; when someone else saved in
 * between it is refused with their name, so nobody silently overwrites another.
 */
@Service
public class NotesService {

    private final AgendaNoteRepository notes;
    private final AgendaItemRepository items;
    private final MeetingGuard guard;
    private final AgendaAudit audit;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final CaseContentScope scope;

    NotesService(AgendaNoteRepository notes, AgendaItemRepository items, MeetingGuard guard, AgendaAudit audit,
            ApplicationEventPublisher events, CurrentUserService currentUser, Clock clock, CaseContentScope scope) {
        this.scope = scope;
        this.notes = notes;
        this.items = items;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The notes of one item as saved last, if anyone wrote any; logged as a read. Only within the consent scope. */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public Optional<Note> note(long itemId) {
        return note(itemId, null);
    }

    /**
     * The notes of one item if they are newer than the version the reader's page already shows
     * ({@code null}: it shows none). Only a read that hands out text the reader has not seen in that
     * page is logged: an answer "nothing newer" discloses nothing (see docs/architecture.md, the
     * access log of a live meeting).
     */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public Optional<Note> note(long itemId, @Nullable Long shownVersion) {
        CurrentUser me = currentUser.require();
        AgendaItem item = itemOf(itemId);
        scope.of(me, guard.forParticipant(me, item.getMeetingId())).requireSees(item);
        Optional<Note> found = notes.findByAgendaItemId(itemId).map(NotesService::map)
                .filter(note -> shownVersion == null || note.version() > shownVersion);
        if (found.isEmpty() && shownVersion != null) {
            return found;
        }
        audit.succeeded(me, item.getCaseNumber(), AuditAction.READ, "agenda-notes", List.of("meeting-participant"),
                AgendaAudit.meeting(item.getMeetingId()));
        return found;
    }

    /** The notes of the items of a meeting that the reader's consent scope covers; logged as one read. */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public List<Note> notes(long meetingId) {
        CurrentUser me = currentUser.require();
        CaseContentScope.Reader reader = scope.of(me, guard.forParticipant(me, meetingId));
        List<Long> itemIds = items.findByMeetingIdOrderByPositionAscSubmittedAtAsc(meetingId).stream()
                .filter(reader::sees).map(AgendaItem::requireId).toList();
        List<Note> found = notes.findByAgendaItemIdIn(itemIds).stream().map(NotesService::map).toList();
        audit.succeeded(me, null, AuditAction.READ, "agenda-notes", List.of("meeting-participant"),
                AgendaAudit.meeting(meetingId) + ": " + found.size() + " notes");
        return found;
    }

    /** {@code expectedVersion} is the version the text was typed on, {@code null} when there were no notes yet. */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional
    public Note save(long itemId, @Nullable Long expectedVersion, String text) {
        CurrentUser me = currentUser.require();
        AgendaItem item = items.lockExisting(itemId);
        Meeting meeting = guard.forParticipant(me, item.getMeetingId());
        scope.of(me, meeting).requireSees(item);
        OutcomeService.requireRunning(meeting);
        item.requireAccepted();
        InputRules.check().optionalText("notes", text, AgendaNote.TEXT_MAX).throwIfInvalid();
        AgendaNote note = notes.findByAgendaItemId(itemId).orElseGet(() -> new AgendaNote(itemId));
        OutcomeService.requireSeen(note.getId(), note.getVersion(), note.getUpdatedBy(), expectedVersion);
        note.write(text, me.displayName(), clock.instant());
        AgendaNote saved = notes.saveAndFlush(note);
        events.publishEvent(new MeetingChanged(meeting.requireId(), MeetingChanged.Change.NOTES, me.displayName(),
                itemId, SharedField.NOTES));
        audit.succeeded(me, item.getCaseNumber(), AuditAction.UPDATE, "agenda-notes", List.of("meeting-participant"),
                AgendaAudit.meeting(meeting.requireId()) + ": " + text.length() + " characters");
        return map(saved);
    }

    private AgendaItem itemOf(long itemId) {
        return items.existing(itemId);
    }

    static Note map(AgendaNote note) {
        return new Note(note.getAgendaItemId(), note.getVersion(), note.getText(), note.getUpdatedBy(),
                note.getUpdatedAt());
    }
}
