package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.AgendaAction;
import nl.kansrijkestart.mdo.meetings.internal.AgendaActionRepository;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreed actions: the chair records them per accepted item while the meeting runs; each assignee
 * sees theirs in "Mijn acties" and marks them done. Only the assignee marks an action done.
 */
@Service
public class ActionService {

    private final AgendaActionRepository actions;
    private final AgendaItemRepository items;
    private final MeetingRepository meetings;
    private final MeetingGuard guard;
    private final ActionRules rules;
    private final AgendaAudit audit;
    private final CurrentUserService currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseContentScope scope;

    ActionService(AgendaActionRepository actions, AgendaItemRepository items, MeetingRepository meetings,
            MeetingGuard guard, ActionRules rules, AgendaAudit audit, CurrentUserService currentUser,
            ApplicationEventPublisher events, Clock clock, CaseContentScope scope) {
        this.scope = scope;
        this.actions = actions;
        this.items = items;
        this.meetings = meetings;
        this.guard = guard;
        this.rules = rules;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public AgreedAction agree(long itemId, ActionDraft draft) {
        CurrentUser me = currentUser.require();
        AgendaItem item = items.existing(itemId);
        Meeting meeting = guard.forChair(me, item.getMeetingId());
        OutcomeService.requireRunning(meeting);
        item.requireAccepted();
        ActionRules.Assignee assignee = rules.check(draft, meeting, today());
        AgendaAction action = actions.saveAndFlush(new AgendaAction(itemId, draft.what().strip(), assignee.userId(),
                assignee.name(), draft.dueOn(), me.displayName(), clock.instant()));
        events.publishEvent(
                new MeetingChanged(meeting.requireId(), MeetingChanged.Change.OUTCOME, me.displayName()));
        audit.succeeded(me, item.getCaseNumber(), AuditAction.CREATE, "agenda-action", List.of("meeting-chair"),
                AgendaAudit.meeting(meeting.requireId()) + ": action " + action.requireId());
        return map(action, item, meeting);
    }

    /**
     * The actions agreed in a meeting, for its chair and invited users; of a case outside the
     * reader's consent scope only the reader's own, without the case number.
     */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public List<AgreedAction> actions(long meetingId) {
        CurrentUser me = currentUser.require();
        Meeting meeting = guard.forParticipant(me, meetingId);
        CaseContentScope.Reader reader = scope.of(me, meeting);
        Map<Long, AgendaItem> byId = items.findByMeetingIdOrderByPositionAscSubmittedAtAsc(meetingId).stream()
                .collect(Collectors.toMap(AgendaItem::requireId, Function.identity()));
        return actions.findByAgendaItemIdInOrderByDueOnAscIdAsc(byId.keySet()).stream()
                .flatMap(action -> reader.action(map(action, byId.get(action.getAgendaItemId()), meeting),
                        byId.get(action.getAgendaItemId())).stream())
                .toList();
    }

    /** The actions assigned to the signed-in user, open ones first, each by due date. */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public List<AgreedAction> myActions() {
        CurrentUser me = currentUser.require();
        List<AgendaAction> mine = actions.findByAssigneeUserIdOrderByDueOnAscIdAsc(me.id());
        Map<Long, AgendaItem> itemById = items.findAllById(mine.stream().map(AgendaAction::getAgendaItemId).toList())
                .stream().collect(Collectors.toMap(AgendaItem::requireId, Function.identity()));
        Map<Long, Meeting> meetingById = meetings.findAllById(itemById.values().stream()
                .map(AgendaItem::getMeetingId).toList())
                .stream().collect(Collectors.toMap(Meeting::requireId, Function.identity()));
        audit.succeeded(me, null, AuditAction.READ, "my-actions", List.of("assignee"), mine.size() + " actions");
        Map<Long, CaseContentScope.Reader> readers = new HashMap<>();
        return mine.stream().map(action -> {
            AgendaItem item = itemById.get(action.getAgendaItemId());
            Meeting meeting = meetingById.get(item.getMeetingId());
            return mine(readers.computeIfAbsent(meeting.requireId(), id -> scope.of(me, meeting)),
                    map(action, item, meeting), item);
        }).sorted((a, b) -> Boolean.compare(a.done(), b.done())).toList();
    }

    /** Only the assignee marks their action done. */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional
    public AgreedAction markDone(long actionId, long expectedVersion) {
        CurrentUser me = currentUser.require();
        AgendaAction action = actions.findById(actionId)
                .filter(found -> found.getAssigneeUserId() != null && found.getAssigneeUserId() == me.id())
                .orElseThrow(() -> new AccessDeniedException("Action " + actionId + " is not assigned to this user"));
        if (action.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(action.getAssigneeName());
        }
        action.markDone(clock.instant());
        actions.saveAndFlush(action);
        AgendaItem item = items.getReferenceById(action.getAgendaItemId());
        audit.succeeded(me, item.getCaseNumber(), AuditAction.UPDATE, "agenda-action", List.of("assignee"),
                "action " + actionId + ": done");
        Meeting meeting = meetings.getReferenceById(item.getMeetingId());
        return mine(scope.of(me, meeting), map(action, item, meeting), item);
    }

    /** An action assigned to the reader is always theirs to see, with the case number only within the scope. */
    private static AgreedAction mine(CaseContentScope.Reader reader, AgreedAction action, AgendaItem item) {
        return reader.action(action, item).orElseThrow();
    }

    private AgreedAction map(AgendaAction action, AgendaItem item, Meeting meeting) {
        return map(action, item, meeting, clock);
    }

    static AgreedAction map(AgendaAction action, AgendaItem item, Meeting meeting, Clock clock) {
        return new AgreedAction(action.requireId(), action.getVersion(), item.requireId(), meeting.requireId(),
                meeting.getType(), meeting.getStartsAt().atZone(clock.getZone()), item.getCaseNumber(),
                action.getWhat(), action.getAssigneeUserId(), action.getAssigneeName(), action.getDueOn(),
                action.getDoneAt(), action.getDoneAt() == null && action.getDueOn().isBefore(LocalDate.now(clock)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
