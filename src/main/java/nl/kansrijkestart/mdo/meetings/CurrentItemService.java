package nl.kansrijkestart.mdo.meetings;

import java.util.List;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which accepted item a running meeting is discussing. Only its chair moves it; it is stored so a
 * late joiner or a page opened after a restart shows the same item as everyone else.
 */
@Service
public class CurrentItemService {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final MeetingGuard guard;
    private final AgendaAudit audit;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;

    CurrentItemService(MeetingRepository meetings, AgendaItemRepository items, MeetingGuard guard, AgendaAudit audit,
            ApplicationEventPublisher events, CurrentUserService currentUser) {
        this.meetings = meetings;
        this.items = items;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** The item being discussed, or {@code null} before the chair picked one. */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public @Nullable Long currentItem(long meetingId) {
        return guard.forParticipant(currentUser.require(), meetingId).getCurrentItemId();
    }

    /**
     * Moves the meeting to an item, on the meeting's version the chair last saw (two open pages of
     * one chair cannot silently undo each other's move); returns the meeting's new version. The
     * change the pages hear names the item and that version, so they follow without a read.
     */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public long discuss(long meetingId, long itemId, long expectedVersion) {
        CurrentUser me = currentUser.require();
        Meeting meeting = guard.forChange(me, meetingId, expectedVersion);
        OutcomeService.requireRunning(meeting);
        AgendaItem item = items.findById(itemId).filter(found -> found.getMeetingId() == meetingId)
                .filter(found -> found.getStatus() == AgendaStatus.ACCEPTED)
                .orElseThrow(() -> new InvalidInputException("item", "agenda.validation.unknown-item"));
        meeting.discuss(item.requireId());
        meetings.saveAndFlush(meeting);
        events.publishEvent(MeetingChanged.currentItem(meetingId, me.displayName(), item.requireId(),
                meeting.getVersion()));
        audit.succeeded(me, item.getCaseNumber(), AuditAction.UPDATE, "meeting-current-item",
                List.of("meeting-chair"), AgendaAudit.meeting(meetingId) + ": now discussing");
        return meeting.getVersion();
    }
}
