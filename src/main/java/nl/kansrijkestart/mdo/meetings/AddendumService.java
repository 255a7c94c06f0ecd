package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.util.List;
import nl.kansrijkestart.mdo.cases.meetingaccess.CaseMeetingAccess;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.AgendaAddendum;
import nl.kansrijkestart.mdo.meetings.internal.AgendaAddendumRepository;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections after closing: the minutes of a closed meeting stay as they were, and the chair or a
 * participant on the case's care team adds an addendum under an item's minutes. Addenda are never
 * changed or deleted, and each is logged.
 */
@Service
public class AddendumService {

    private final AgendaAddendumRepository addenda;
    private final AgendaItemRepository items;
    private final MeetingGuard guard;
    private final CaseMeetingAccess caseAccess;
    private final AgendaAudit audit;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final CaseContentScope scope;

    AddendumService(AgendaAddendumRepository addenda, AgendaItemRepository items, MeetingGuard guard,
            CaseMeetingAccess caseAccess, AgendaAudit audit, ApplicationEventPublisher events,
            CurrentUserService currentUser, Clock clock, CaseContentScope scope) {
        this.scope = scope;
        this.addenda = addenda;
        this.items = items;
        this.guard = guard;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Adds an addendum under the minutes of an item of a closed meeting. */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional
    public Addendum add(long itemId, String text) {
        CurrentUser me = currentUser.require();
        AgendaItem item = items.existing(itemId);
        Meeting meeting = guard.forParticipant(me, item.getMeetingId());
        if (meeting.getStatus() != MeetingStatus.CLOSED) {
            throw new InvalidInputException("addendum", "addendum.validation.not-closed");
        }
        item.requireAccepted();
        InputRules.check().requiredText("addendum", text, AgendaAddendum.TEXT_MAX).throwIfInvalid();
        List<String> checks = checksFor(me, meeting, item);
        AgendaAddendum saved = addenda.saveAndFlush(
                new AgendaAddendum(itemId, text.strip(), me.id(), me.displayName(), clock.instant()));
        events.publishEvent(new MeetingChanged(meeting.requireId(), MeetingChanged.Change.ADDENDUM, me.displayName()));
        audit.succeeded(me, item.getCaseNumber(), AuditAction.CREATE, "agenda-addendum", checks,
                AgendaAudit.meeting(meeting.requireId()) + ": " + saved.getText().length() + " characters");
        return map(saved);
    }

    /** The addenda of the items of a meeting the reader's consent scope covers, oldest first; logged as a read. */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public List<Addendum> addenda(long meetingId) {
        CurrentUser me = currentUser.require();
        CaseContentScope.Reader reader = scope.of(me, guard.forParticipant(me, meetingId));
        List<Long> itemIds = items.findByMeetingIdOrderByPositionAscSubmittedAtAsc(meetingId).stream()
                .filter(reader::sees).map(AgendaItem::requireId).toList();
        List<Addendum> found = addenda.findByAgendaItemIdInOrderByWrittenAtAscIdAsc(itemIds).stream()
                .map(AddendumService::map).toList();
        audit.succeeded(me, null, AuditAction.READ, "agenda-addenda", List.of("meeting-participant"),
                AgendaAudit.meeting(meetingId) + ": " + found.size() + " addenda");
        return found;
    }

    /** The chair may always add; another participant only as a member of the case's care team. */
    private List<String> checksFor(CurrentUser me, Meeting meeting, AgendaItem item) {
        if (meeting.isChairedBy(me.id())) {
            return List.of("meeting-chair");
        }
        if (!caseAccess.isOnCareTeam(item.getCaseNumber())) {
            audit.denied(me, AuditAction.CREATE, meeting.requireId(), "addendum: not on the care team");
            throw new InvalidInputException("addendum", "addendum.validation.not-care-team");
        }
        return List.of("meeting-participant", "care-team");
    }

    static Addendum map(AgendaAddendum addendum) {
        return new Addendum(addendum.requireId(), addendum.getAgendaItemId(), addendum.getText(),
                addendum.getWrittenBy(), addendum.getWrittenAt());
    }
}
