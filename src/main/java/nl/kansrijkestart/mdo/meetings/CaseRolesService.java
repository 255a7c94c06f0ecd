package nl.kansrijkestart.mdo.meetings;

import java.util.List;
import nl.kansrijkestart.mdo.cases.CaseRoles;
import nl.kansrijkestart.mdo.cases.meetingaccess.MeetingCaseRoles;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Part of an item's outcome: the chair of the running meeting confirms or changes the case's
 * contact person and case director. The change itself goes through the cases module, so the
 * case's history, timeline and log are the same as when the care team changes it.
 */
@Service
public class CaseRolesService {

    private final AgendaItemRepository items;
    private final MeetingGuard guard;
    private final MeetingCaseRoles caseRoles;
    private final AgendaAudit audit;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;

    CaseRolesService(AgendaItemRepository items, MeetingGuard guard, MeetingCaseRoles caseRoles, AgendaAudit audit,
            ApplicationEventPublisher events, CurrentUserService currentUser) {
        this.items = items;
        this.guard = guard;
        this.caseRoles = caseRoles;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('CHAIR')")
    @Transactional(readOnly = true)
    public CaseRoles roles(long itemId) {
        AgendaItem item = discussed(currentUser.require(), itemId);
        return caseRoles.roles(item.getCaseNumber(), AgendaAudit.meeting(item.getMeetingId()));
    }

    /** {@code expected} is the contact person the chair saw; {@code userId} the one decided (maybe the same). */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public CaseRoles decideContactPerson(long itemId, @Nullable Long expected, long userId) {
        CurrentUser me = currentUser.require();
        AgendaItem item = discussed(me, itemId);
        CaseRoles decided = caseRoles.decideContactPerson(item.getCaseNumber(),
                AgendaAudit.meeting(item.getMeetingId()), expected, userId);
        changed(me, item, "contact person");
        return decided;
    }

    /** Like the contact person; {@code null} as {@code userId} clears the case director. */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public CaseRoles decideCaseDirector(long itemId, @Nullable Long expected, @Nullable Long userId) {
        CurrentUser me = currentUser.require();
        AgendaItem item = discussed(me, itemId);
        CaseRoles decided = caseRoles.decideCaseDirector(item.getCaseNumber(),
                AgendaAudit.meeting(item.getMeetingId()), expected, userId);
        changed(me, item, "case director");
        return decided;
    }

    private AgendaItem discussed(CurrentUser me, long itemId) {
        AgendaItem item = items.existing(itemId);
        Meeting meeting = guard.forChair(me, item.getMeetingId());
        OutcomeService.requireRunning(meeting);
        item.requireAccepted();
        return item;
    }

    private void changed(CurrentUser me, AgendaItem item, String what) {
        events.publishEvent(new MeetingChanged(item.getMeetingId(), MeetingChanged.Change.OUTCOME, me.displayName()));
        audit.succeeded(me, item.getCaseNumber(), AuditAction.UPDATE, "agenda-outcome", List.of("meeting-chair"),
                AgendaAudit.meeting(item.getMeetingId()) + ": " + what);
    }
}
