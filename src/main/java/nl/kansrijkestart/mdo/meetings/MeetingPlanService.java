package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import nl.kansrijkestart.mdo.cases.meetingaccess.CaseMeetingAccess;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a planned meeting by its own chair: another time, place or link; cancelling it; and
 * no longer inviting someone. Only before the meeting is held. A case on the agenda that may not be
 * discussed on a new date, and every case of a cancelled meeting, is released with the reason,
 * which its submitter reads under "Mijn aanmeldingen".
 */
@Service
public class MeetingPlanService {

    static final String CANCELLED = "agenda.removed.meeting-cancelled";
    static final String NOT_ON_NEW_DATE = "agenda.removed.not-on-new-date";
    private static final Set<AgendaStatus> ON_AGENDA = Set.of(AgendaStatus.REQUESTED, AgendaStatus.ACCEPTED);

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final MeetingGuard guard;
    private final MeetingRules rules;
    private final CaseMeetingAccess caseAccess;
    private final AgendaAudit audit;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final CaseProgressUpdate progress;

    MeetingPlanService(MeetingRepository meetings, AgendaItemRepository items, MeetingGuard guard, MeetingRules rules,
            CaseMeetingAccess caseAccess, AgendaAudit audit, ApplicationEventPublisher events,
            CurrentUserService currentUser, Clock clock, CaseProgressUpdate progress) {
        this.progress = progress;
        this.meetings = meetings;
        this.items = items;
        this.guard = guard;
        this.rules = rules;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public MeetingSummary reschedule(long meetingId, long expectedVersion, MeetingSchedule schedule) {
        CurrentUser me = currentUser.require();
        Meeting meeting = planned(me, meetingId, expectedVersion);
        rules.check(new MeetingDraft(meeting.getType(), schedule.date(), schedule.startTime(),
                schedule.durationMinutes(), schedule.place(), schedule.videoLink(), meeting.getMunicipalityCode(),
                meeting.getRegionCode(), Set.of()), clock.instant(), clock.getZone());
        Instant startsAt = ZonedDateTime.of(Objects.requireNonNull(schedule.date()),
                Objects.requireNonNull(schedule.startTime()), clock.getZone()).toInstant();
        meeting.reschedule(startsAt, Objects.requireNonNull(schedule.durationMinutes()),
                InputRules.normalise(schedule.place()), InputRules.normalise(schedule.videoLink()));
        LocalDate newDate = schedule.date();
        release(me, meeting, item -> !caseAccess.mayBeDiscussedOn(item.getCaseNumber(), newDate), NOT_ON_NEW_DATE);
        return saved(me, meeting, "rescheduled to " + startsAt);
    }

    /** Cancels a planned meeting; it stays visible as cancelled and every case on its agenda is released. */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public MeetingSummary cancel(long meetingId, long expectedVersion) {
        CurrentUser me = currentUser.require();
        Meeting meeting = planned(me, meetingId, expectedVersion);
        meeting.cancel();
        release(me, meeting, item -> true, CANCELLED);
        return saved(me, meeting, "cancelled");
    }

    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public MeetingSummary uninvite(long meetingId, long expectedVersion, long userId) {
        CurrentUser me = currentUser.require();
        Meeting meeting = planned(me, meetingId, expectedVersion);
        if (!meeting.uninvite(userId)) {
            throw new InvalidInputException("participants", "meeting.validation.participant-unknown");
        }
        return saved(me, meeting, "uninvited user " + userId);
    }

    private Meeting planned(CurrentUser me, long meetingId, long expectedVersion) {
        Meeting meeting = guard.forChange(me, meetingId, expectedVersion);
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException("meeting", "meeting.validation.not-planned");
        }
        return meeting;
    }

    private void release(CurrentUser me, Meeting meeting, Predicate<AgendaItem> which,
            String reasonKey) {
        for (AgendaItem item : items.findByMeetingIdOrderByPositionAscSubmittedAtAsc(meeting.requireId())) {
            if (ON_AGENDA.contains(item.getStatus()) && which.test(item)) {
                item.remove(reasonKey);
                audit.succeeded(me, item.getCaseNumber(), AuditAction.UPDATE, "agenda-item", List.of("meeting-chair"),
                        AgendaAudit.meeting(meeting.requireId()) + ": released, " + reasonKey);
                progress.refresh(item.getCaseNumber(), AgendaAudit.meeting(meeting.requireId()));
            }
        }
    }

    private MeetingSummary saved(CurrentUser me, Meeting meeting, String detail) {
        meeting.touch(me.displayName(), clock.instant());
        Meeting saved = meetings.saveAndFlush(meeting);
        events.publishEvent(new MeetingChanged(saved.requireId(), MeetingChanged.Change.PLANNING, me.displayName()));
        audit.succeeded(me, null, AuditAction.UPDATE, "meeting", List.of("meeting-chair"),
                AgendaAudit.meeting(saved.requireId()) + ": " + detail);
        return MeetingMapper.summary(saved, me.id(), clock.getZone());
    }
}
