package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.kansrijkestart.mdo.cases.AgendaCase;
import nl.kansrijkestart.mdo.cases.meetingaccess.CaseMeetingAccess;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda of a meeting: care-team members submit cases through the consent gate of the cases
 * module; the meeting's own chair accepts, rejects, moves, orders and times them.
 */
@Service
public class AgendaService {

    private static final int CASE_NUMBER_MAX = 12;

    static final List<AgendaStatus> ACTIVE = List.of(AgendaStatus.REQUESTED, AgendaStatus.ACCEPTED);

    private final CaseProgressUpdate progress;
    private final AgendaItemRepository items;
    private final MeetingRepository meetings;
    private final MeetingGuard guard;
    private final CaseMeetingAccess caseAccess;
    private final AgendaAudit audit;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final MeetingAccessChanges accessChanges;

    AgendaService(AgendaItemRepository items, MeetingRepository meetings, MeetingGuard guard,
            CaseMeetingAccess caseAccess, AgendaAudit audit, CurrentUserService currentUser, Clock clock,
            CaseProgressUpdate progress, MeetingAccessChanges accessChanges) {
        this.accessChanges = accessChanges;
        this.progress = progress;
        this.items = items;
        this.meetings = meetings;
        this.guard = guard;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Submits a case for a planned meeting. Only the meeting's chair and the professionals invited
     * to it submit, and only cases on their own care team; every other attempt gets the one
     * {@link SubmissionRefusedException}, whether the meeting or the case exists or not. Once both
     * are allowed, a meeting already held is refused as closed, and a named case without a consent
     * covering the meeting date with the missing consent named.
     */
    @PreAuthorize("hasRole('PROFESSIONAL')")
    @Transactional
    public AgendaEntry submit(long meetingId, String caseNumber, @Nullable String question, boolean parentsAttend) {
        CurrentUser me = currentUser.require();
        InputRules.check().requiredText("case", caseNumber, CASE_NUMBER_MAX)
                .requiredText("question", question, AgendaItem.QUESTION_MAX).throwIfInvalid();
        Meeting meeting = meetings.findById(meetingId).filter(found -> found.isOpenTo(me.id())).orElse(null);
        if (meeting == null) {
            audit.denied(me, AuditAction.CREATE, meetingId, "agenda submission: not invited");
            throw new SubmissionRefusedException();
        }
        if (!caseAccess.isOnCareTeam(caseNumber)) {
            audit.denied(me, AuditAction.CREATE, meetingId, "agenda submission: not on the care team");
            throw new SubmissionRefusedException();
        }
        requireUpcoming(meeting, "meeting");
        AgendaCase agendaCase = caseAccess.checkSubmission(caseNumber, dateOf(meeting));
        if (items.existsByMeetingIdAndCaseNumberAndStatusIn(meetingId, caseNumber, ACTIVE)) {
            throw new InvalidInputException("case", "agenda.validation.already-submitted");
        }
        AgendaItem item = items.saveAndFlush(new AgendaItem(meetingId, agendaCase.caseNumber(),
                agendaCase.anonymous(), me.id(), me.displayName(), clock.instant(), question.strip(), parentsAttend));
        audit.succeeded(me, caseNumber, AuditAction.CREATE, "agenda-item",
                List.of("care-team", agendaCase.anonymous() ? "anonymous" : "consent:discuss-in-meeting"),
                AgendaAudit.meeting(meetingId));
        return AgendaMapper.entry(item, null);
    }

    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public AgendaEntry accept(long itemId, long expectedVersion) {
        CurrentUser me = currentUser.require();
        AgendaItem item = forChair(me, itemId, expectedVersion);
        Meeting meeting = meetings.getReferenceById(item.getMeetingId());
        requireRequested(item);
        requireDiscussable(item, dateOf(meeting));
        int last = items.findByMeetingIdOrderByPositionAscSubmittedAtAsc(meeting.requireId()).stream()
                .filter(other -> other.getStatus() == AgendaStatus.ACCEPTED && other.getPosition() != null)
                .mapToInt(AgendaItem::getPosition).max().orElse(0);
        item.accept(last + 1);
        return changed(me, item, "accepted");
    }

    /** Rejects a request; the reason is shown to the professional who submitted it. */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public AgendaEntry reject(long itemId, long expectedVersion, @Nullable String reason) {
        CurrentUser me = currentUser.require();
        InputRules.check().requiredText("reason", reason, AgendaItem.REASON_MAX).throwIfInvalid();
        AgendaItem item = forChair(me, itemId, expectedVersion);
        if (!item.isActive()) {
            throw new InvalidInputException("item", "agenda.validation.not-active");
        }
        item.reject(reason.strip());
        // Off the agenda: the open pages of the meeting decide again what they show of it.
        accessChanges.ofMeeting(item.getMeetingId());
        return changed(me, item, "rejected");
    }

    /** Moves an item to another upcoming meeting of the same chair, where it waits for acceptance again. */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public AgendaEntry move(long itemId, long expectedVersion, long targetMeetingId) {
        CurrentUser me = currentUser.require();
        AgendaItem item = forChair(me, itemId, expectedVersion);
        if (!item.isActive()) {
            throw new InvalidInputException("item", "agenda.validation.not-active");
        }
        Meeting target = guard.forChair(me, targetMeetingId);
        requireUpcoming(target, "target");
        requireDiscussable(item, dateOf(target));
        // Its case is no longer on this meeting's agenda: the open pages decide again what they show.
        accessChanges.ofMeeting(item.getMeetingId());
        item.moveTo(targetMeetingId);
        return changed(me, item, "moved to " + AgendaAudit.meeting(targetMeetingId));
    }

    /**
     * Puts the accepted items in the given order; items not named keep their place after them. The
     * order belongs to the meeting: it is changed on the meeting's version the chair last saw, and
     * the new version is returned.
     */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public long order(long meetingId, List<Long> itemIds, long expectedVersion) {
        CurrentUser me = currentUser.require();
        Meeting meeting = guard.forChange(me, meetingId, expectedVersion);
        if (meeting.getStatus() == MeetingStatus.CLOSED) {
            throw new MeetingStateException("meeting", "agenda.validation.meeting-closed");
        }
        List<AgendaItem> accepted = new ArrayList<>(items.findByMeetingIdOrderByPositionAscSubmittedAtAsc(meetingId)
                .stream().filter(item -> item.getStatus() == AgendaStatus.ACCEPTED).toList());
        accepted.sort((a, b) -> Integer.compare(rank(itemIds, a), rank(itemIds, b)));
        for (int i = 0; i < accepted.size(); i++) {
            accepted.get(i).placeAt(i + 1);
        }
        meeting.touch(me.displayName(), clock.instant());
        meetings.saveAndFlush(meeting);
        audit.succeeded(me, null, AuditAction.UPDATE, "agenda-order", List.of("meeting-chair"),
                AgendaAudit.meeting(meetingId));
        return meeting.getVersion();
    }

    /** Sets (or with nulls clears) the time slot of an accepted item, within the meeting's time. */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public AgendaEntry setSlot(long itemId, long expectedVersion, @Nullable LocalTime start,
            @Nullable Integer minutes) {
        CurrentUser me = currentUser.require();
        AgendaItem item = forChair(me, itemId, expectedVersion);
        Meeting meeting = meetings.getReferenceById(item.getMeetingId());
        AgendaSlots.check(meeting, clock.getZone(), start, minutes);
        item.setSlot(start, minutes);
        return changed(me, item, "slot");
    }

    private AgendaItem forChair(CurrentUser me, long itemId, long expectedVersion) {
        AgendaItem item = items.existing(itemId);
        Meeting meeting = guard.forChair(me, item.getMeetingId());
        if (meeting.getStatus() == MeetingStatus.CLOSED) {
            throw new MeetingStateException("item", "agenda.validation.meeting-closed");
        }
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(meeting.getChairName());
        }
        return item;
    }

    private void requireUpcoming(Meeting meeting, String field) {
        if (meeting.getStatus() != MeetingStatus.PLANNED || meeting.getStartsAt().isBefore(clock.instant())) {
            throw new MeetingStateException(field, "agenda.validation.meeting-closed");
        }
    }

    private static void requireRequested(AgendaItem item) {
        if (item.getStatus() != AgendaStatus.REQUESTED) {
            throw new InvalidInputException("item", "agenda.validation.not-requested");
        }
    }

    /** Consent may have ended since the submission, so the chair's decision checks it again. */
    private void requireDiscussable(AgendaItem item, LocalDate date) {
        if (!item.isAnonymous() && !caseAccess.mayBeDiscussedOn(item.getCaseNumber(), date)) {
            throw new InvalidInputException("item", "agenda.validation.consent-lapsed", date.toString());
        }
    }

    private AgendaEntry changed(CurrentUser me, AgendaItem item, String what) {
        items.saveAndFlush(item);
        progress.refresh(item.getCaseNumber(), AgendaAudit.meeting(item.getMeetingId()));
        audit.succeeded(me, item.getCaseNumber(), AuditAction.UPDATE, "agenda-item", List.of("meeting-chair"),
                AgendaAudit.meeting(item.getMeetingId()) + ": " + what);
        return AgendaMapper.entry(item, null);
    }

    private static int rank(List<Long> order, AgendaItem item) {
        int index = order.indexOf(item.requireId());
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private LocalDate dateOf(Meeting meeting) {
        return meeting.getStartsAt().atZone(clock.getZone()).toLocalDate();
    }
}
