package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.meetingaccess.MeetingCaseRoles;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.AgendaOutcome;
import nl.kansrijkestart.mdo.meetings.internal.AgendaOutcomeRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.NoSuchVersionException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running a meeting: its own chair starts it, records per accepted item whether it was discussed,
 * the conclusion and the follow-up, and closes it, which locks the outcomes. Corrections after
 * closing are not possible here; they need an audited addendum. The first time an item is recorded
 * as discussed, {@link CaseDiscussed} is published in the same transaction, so a count exists
 * exactly when the discussion is stored.
 */
@Service
public class OutcomeService {

    private final AgendaOutcomeRepository outcomes;
    private final AgendaItemRepository items;
    private final MeetingRepository meetings;
    private final MeetingGuard guard;
    private final FollowUpRequests followUps;
    private final AgendaAudit audit;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final MeetingCaseRoles caseRoles;
    private final CaseProgressUpdate progress;
    private final CaseContentScope scope;

    OutcomeService(AgendaOutcomeRepository outcomes, AgendaItemRepository items, MeetingRepository meetings,
            MeetingGuard guard, FollowUpRequests followUps, AgendaAudit audit, ApplicationEventPublisher events,
            CurrentUserService currentUser, Clock clock, MeetingCaseRoles caseRoles, CaseProgressUpdate progress,
            CaseContentScope scope) {
        this.scope = scope;
        this.progress = progress;
        this.caseRoles = caseRoles;
        this.outcomes = outcomes;
        this.items = items;
        this.meetings = meetings;
        this.guard = guard;
        this.followUps = followUps;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Starts a planned meeting on or after its planned day, never before: a discussion counts for
     * the day the meeting was planned, so a meeting started early would count discussions for a
     * day (or a year) that has not come yet. A chair who meets earlier moves the meeting first.
     */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public MeetingSummary start(long meetingId, long expectedVersion) {
        return changeStatus(meetingId, expectedVersion, MeetingStatus.PLANNED, "outcome.validation.not-planned");
    }

    /** Closes a running meeting; from then on its outcomes are locked. */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public MeetingSummary close(long meetingId, long expectedVersion) {
        return changeStatus(meetingId, expectedVersion, MeetingStatus.RUNNING, "outcome.validation.not-running");
    }

    /**
     * Records (or, while the meeting runs, corrects) the outcome of an accepted item.
     * {@code expectedVersion} is the version of the outcome the chair saw, {@code null} for a first record.
     */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public Outcome record(long itemId, @Nullable Long expectedVersion, OutcomeDraft draft) {
        CurrentUser me = currentUser.require();
        AgendaItem item = items.lockExisting(itemId);
        Meeting meeting = guard.forChair(me, item.getMeetingId());
        requireRunning(meeting);
        item.requireAccepted();
        check(draft, dateOf(meeting));
        AgendaOutcome outcome = outcomes.findByAgendaItemId(itemId).orElseGet(() -> new AgendaOutcome(itemId));
        requireSeen(outcome, expectedVersion);
        if (outcome.isCounted() && draft.status() != OutcomeStatus.DISCUSSED) {
            throw new InvalidInputException("status", "outcome.validation.already-counted");
        }
        outcome.record(draft.status(), InputRules.normalise(draft.conclusion()), draft.followUp(),
                draft.followUp() == FollowUp.REDISCUSS ? draft.followUpDate() : null, me.displayName(), clock.instant());
        if (outcome.getFollowUp() == FollowUp.REDISCUSS && outcome.getFollowUpMeetingId() == null) {
            followUps.request(me, item, outcome.getFollowUpDate()).ifPresent(outcome::requestedIn);
        }
        if (outcome.getStatus() == OutcomeStatus.DISCUSSED && outcome.markCounted()) {
            events.publishEvent(new CaseDiscussed(meeting.getType(), dateOf(meeting), item.getCaseNumber()));
            caseRoles.recordDiscussion(item.getCaseNumber(), AgendaAudit.meeting(meeting.requireId()), dateOf(meeting));
        }
        outcomes.saveAndFlush(outcome);
        progress.refresh(item.getCaseNumber(), AgendaAudit.meeting(meeting.requireId()));
        events.publishEvent(
                new MeetingChanged(meeting.requireId(), MeetingChanged.Change.OUTCOME, me.displayName()));
        audit.succeeded(me, item.getCaseNumber(), AuditAction.UPDATE, "agenda-outcome", List.of("meeting-chair"),
                AgendaAudit.meeting(meeting.requireId()) + ": " + outcome.getStatus() + ", " + outcome.getFollowUp());
        return map(outcome);
    }

    /** The recorded outcomes of a meeting, for its chair and invited users; logged as a read. */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public List<Outcome> outcomes(long meetingId) {
        CurrentUser me = currentUser.require();
        CaseContentScope.Reader reader = scope.of(me, guard.forParticipant(me, meetingId));
        Map<Long, AgendaItem> byId = items.findByMeetingIdOrderByPositionAscSubmittedAtAsc(meetingId).stream()
                .collect(Collectors.toMap(AgendaItem::requireId, Function.identity()));
        List<Outcome> found = outcomes.findByAgendaItemIdIn(byId.keySet()).stream()
                .map(outcome -> reader.outcome(map(outcome), byId.get(outcome.getAgendaItemId()))).toList();
        audit.succeeded(me, null, AuditAction.READ, "agenda-outcomes", List.of("meeting-participant"),
                AgendaAudit.meeting(meetingId) + ": " + found.size() + " outcomes");
        return found;
    }

    private MeetingSummary changeStatus(long meetingId, long expectedVersion, MeetingStatus from, String refusal) {
        CurrentUser me = currentUser.require();
        Meeting meeting = guard.forChange(me, meetingId, expectedVersion);
        if (meeting.getStatus() != from) {
            throw new MeetingStateException("meeting", refusal);
        }
        if (from == MeetingStatus.PLANNED && dateOf(meeting).isAfter(LocalDate.now(clock))) {
            throw new MeetingStateException("meeting", "outcome.validation.before-planned-day");
        }
        if (from == MeetingStatus.PLANNED) {
            meeting.start();
        } else {
            meeting.close();
        }
        meeting.touch(me.displayName(), clock.instant());
        meetings.saveAndFlush(meeting);
        if (from == MeetingStatus.RUNNING) {
            // An accepted item the meeting did not discuss no longer waits for it.
            items.findByMeetingIdOrderByPositionAscSubmittedAtAsc(meetingId).stream()
                    .filter(item -> item.getStatus() == AgendaStatus.ACCEPTED).map(AgendaItem::getCaseNumber)
                    .distinct().forEach(caseNumber -> progress.refresh(caseNumber, AgendaAudit.meeting(meetingId)));
        }
        events.publishEvent(new MeetingChanged(meetingId, from == MeetingStatus.PLANNED
                ? MeetingChanged.Change.STARTED : MeetingChanged.Change.CLOSED, me.displayName()));
        audit.succeeded(me, null, AuditAction.UPDATE, "meeting", List.of("meeting-chair"),
                AgendaAudit.meeting(meetingId) + ": " + meeting.getStatus());
        return MeetingMapper.summary(meeting, me.id(), clock.getZone());
    }

    /** Someone recorded this outcome after the chair's screen showed it (or showed none). */
    static void requireSeen(AgendaOutcome outcome, @Nullable Long expectedVersion) {
        requireSeen(outcome.getId(), outcome.getVersion(), outcome.getRecordedBy(), expectedVersion);
    }

    /**
     * A text of an item (outcome, notes) is written on the version its writer last saw: refused,
     * naming who wrote in between, when it was stored meanwhile ({@code storedId} not null) under
     * another version, or when the writer saw none; refused as well when the writer names a version
     * of a text that was never stored.
     */
    static void requireSeen(@Nullable Long storedId, long storedVersion, String storedBy,
            @Nullable Long expectedVersion) {
        if (storedId == null && expectedVersion != null) {
            throw new NoSuchVersionException();
        }
        if (storedId != null && (expectedVersion == null || storedVersion != expectedVersion)) {
            throw new ConcurrentChangeException(storedBy);
        }
    }

    static void requireRunning(Meeting meeting) {
        if (meeting.getStatus() == MeetingStatus.CLOSED) {
            throw new MeetingStateException("meeting", "outcome.validation.locked");
        }
        if (meeting.getStatus() != MeetingStatus.RUNNING) {
            throw new MeetingStateException("meeting", "outcome.validation.not-started");
        }
    }

    private static void check(OutcomeDraft draft, LocalDate meetingDate) {
        InputRules rules = InputRules.check()
                .required("status", draft.status())
                .required("followUp", draft.followUp())
                .optionalText("conclusion", draft.conclusion(), AgendaOutcome.CONCLUSION_MAX);
        if (draft.followUp() == FollowUp.REDISCUSS) {
            rules.required("followUpDate", draft.followUpDate())
                    .that("followUpDate", draft.followUpDate(), date -> date.isAfter(meetingDate),
                            "outcome.validation.follow-up-date")
                    .that("followUpDate", draft.followUpDate(), date -> !date.isAfter(meetingDate.plusYears(2)),
                            "outcome.validation.follow-up-too-late");
        }
        rules.throwIfInvalid();
    }

    private LocalDate dateOf(Meeting meeting) {
        return meeting.getStartsAt().atZone(clock.getZone()).toLocalDate();
    }

    static Outcome map(AgendaOutcome outcome) {
        return new Outcome(outcome.getAgendaItemId(), outcome.getVersion(), outcome.getStatus(),
                outcome.getConclusion(), outcome.getFollowUp(), outcome.getFollowUpDate(),
                outcome.getFollowUpMeetingId(), outcome.getRecordedBy(), outcome.getRecordedAt());
    }
}
