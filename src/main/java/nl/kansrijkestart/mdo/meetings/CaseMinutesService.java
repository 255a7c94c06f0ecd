package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.meetingaccess.CaseMeetingAccess;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.AgendaActionRepository;
import nl.kansrijkestart.mdo.meetings.internal.AgendaAddendumRepository;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.AgendaNote;
import nl.kansrijkestart.mdo.meetings.internal.AgendaNoteRepository;
import nl.kansrijkestart.mdo.meetings.internal.AgendaOutcome;
import nl.kansrijkestart.mdo.meetings.internal.AgendaOutcomeRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of one case across the meetings that closed with an outcome for it, for the members of
 * its care team, also those who did not take part. Anybody else gets the same answer as for an
 * unknown case number; every read and every refusal is logged.
 */
@Service
public class CaseMinutesService {

    private final AgendaItemRepository items;
    private final MeetingRepository meetings;
    private final AgendaOutcomeRepository outcomes;
    private final AgendaNoteRepository notes;
    private final AgendaActionRepository actions;
    private final AgendaAddendumRepository addenda;
    private final CaseMeetingAccess caseAccess;
    private final CurrentUserService currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseMinutesService(AgendaItemRepository items, MeetingRepository meetings, AgendaOutcomeRepository outcomes,
            AgendaNoteRepository notes, AgendaActionRepository actions, AgendaAddendumRepository addenda,
            CaseMeetingAccess caseAccess, CurrentUserService currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.meetings = meetings;
        this.outcomes = outcomes;
        this.notes = notes;
        this.actions = actions;
        this.addenda = addenda;
        this.caseAccess = caseAccess;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Newest meeting first. */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public List<CaseMinutes> minutes(String caseNumber) {
        CurrentUser me = currentUser.require();
        if (!caseAccess.isOnCareTeam(caseNumber)) {
            audit(me, caseNumber, AuditOutcome.DENIED, "not on the care team");
            throw new CaseNotAccessibleException(caseNumber);
        }
        List<AgendaItem> onAgenda = items.findByCaseNumberAndStatusIn(caseNumber, EnumSet.allOf(AgendaStatus.class));
        Map<Long, Meeting> closed = meetings.findAllById(onAgenda.stream().map(AgendaItem::getMeetingId).toList())
                .stream().filter(meeting -> meeting.getStatus() == MeetingStatus.CLOSED)
                .collect(Collectors.toMap(Meeting::requireId, Function.identity()));
        Map<Long, AgendaItem> recorded = onAgenda.stream().filter(item -> closed.containsKey(item.getMeetingId()))
                .collect(Collectors.toMap(AgendaItem::requireId, Function.identity()));
        List<CaseMinutes> found = outcomes.findByAgendaItemIdIn(recorded.keySet()).stream()
                .filter(outcome -> outcome.getStatus() != null)
                .map(outcome -> minutes(outcome, recorded.get(outcome.getAgendaItemId()),
                        closed.get(recorded.get(outcome.getAgendaItemId()).getMeetingId())))
                .sorted(Comparator.comparing(CaseMinutes::meetingStartsAt).reversed())
                .toList();
        audit(me, caseNumber, AuditOutcome.SUCCESS, found.size() + " meetings");
        return found;
    }

    private CaseMinutes minutes(AgendaOutcome outcome, AgendaItem item, Meeting meeting) {
        List<Long> itemId = List.of(item.requireId());
        return new CaseMinutes(meeting.requireId(), meeting.getType(), meeting.getStartsAt().atZone(clock.getZone()),
                OutcomeService.map(outcome),
                notes.findByAgendaItemId(item.requireId()).map(AgendaNote::getText).orElse(null),
                actions.findByAgendaItemIdInOrderByDueOnAscIdAsc(itemId).stream()
                        .map(action -> ActionService.map(action, item, meeting, clock)).toList(),
                addenda.findByAgendaItemIdInOrderByWrittenAtAscIdAsc(itemId).stream()
                        .map(AddendumService::map).toList());
    }

    private void audit(CurrentUser me, String caseNumber, AuditOutcome outcome, String detail) {
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), me.asActor(), null,
                caseNumber, AuditAction.READ, "case-minutes", outcome, List.of("care-team"), detail));
    }
}
