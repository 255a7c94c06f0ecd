package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.meetingaccess.CaseMeetingAccess;
import nl.kansrijkestart.mdo.cases.MeetingCaseSummary;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading agendas: participants see the accepted items, the chair also the requests, each item
 * showing only what the consent allows the viewer's discipline. Submitters see their submissions.
 */
@Service
public class MeetingAgenda {

    private final AgendaItemRepository items;
    private final MeetingRepository meetings;
    private final MeetingGuard guard;
    private final CaseMeetingAccess caseAccess;
    private final AgendaAudit audit;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final CaseContentScope scope;

    MeetingAgenda(AgendaItemRepository items, MeetingRepository meetings, MeetingGuard guard,
            CaseMeetingAccess caseAccess, AgendaAudit audit, CurrentUserService currentUser, Clock clock,
            CaseContentScope scope) {
        this.scope = scope;
        this.items = items;
        this.meetings = meetings;
        this.guard = guard;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The agenda of a meeting for its chair or an invited user; to anybody else the meeting does not
     * exist. Every case summary read is logged by the cases module with this meeting as the check.
     */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public List<AgendaEntry> agenda(long meetingId) {
        CurrentUser me = currentUser.require();
        Meeting meeting = guard.forParticipant(me, meetingId);
        boolean chair = meeting.isChairedBy(me.id());
        LocalDate date = meeting.getStartsAt().atZone(clock.getZone()).toLocalDate();
        CaseContentScope.Reader reader = scope.of(me, meeting);
        List<AgendaEntry> shown = items.findByMeetingIdOrderByPositionAscSubmittedAtAsc(meetingId).stream()
                .filter(item -> chair || item.getStatus() == AgendaStatus.ACCEPTED)
                .map(item -> reader.entry(item, summaryFor(me, item, date)))
                .toList();
        audit.succeeded(me, null, AuditAction.READ, "meeting-agenda",
                List.of(chair ? "meeting-chair" : "meeting-participant"),
                AgendaAudit.meeting(meetingId) + ": " + shown.size() + " items");
        return shown;
    }

    /** The cases the signed-in professional submitted, newest first, with the chair's decisions. */
    @PreAuthorize("hasRole('PROFESSIONAL')")
    @Transactional(readOnly = true)
    public List<Submission> mySubmissions() {
        CurrentUser me = currentUser.require();
        List<AgendaItem> mine = items.findBySubmittedByUserIdOrderBySubmittedAtDesc(me.id());
        Map<Long, Meeting> byId = meetings.findAllById(mine.stream().map(AgendaItem::getMeetingId).toList())
                .stream().collect(Collectors.toMap(Meeting::requireId, Function.identity()));
        return mine.stream().map(item -> {
            Meeting meeting = byId.get(item.getMeetingId());
            return new Submission(item.requireId(), item.getMeetingId(), meeting.getType(),
                    meeting.getStartsAt().atZone(clock.getZone()), item.getCaseNumber(), item.getStatus(),
                    item.getRejectionReason(), item.getRemovalReason());
        }).toList();
    }

    /**
     * For the signed-in chair: per planned meeting she chairs, how many submitted cases wait for her
     * decision, earliest meeting first. Counts only, nothing about the cases.
     */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional(readOnly = true)
    public List<WaitingRequests> waitingRequests() {
        CurrentUser me = currentUser.require();
        return meetings.findByChairUserIdAndStatusOrderByStartsAtAsc(me.id(), MeetingStatus.PLANNED).stream()
                .map(meeting -> new WaitingRequests(meeting.requireId(), meeting.getType(),
                        meeting.getStartsAt().atZone(clock.getZone()),
                        items.countByMeetingIdAndStatus(meeting.requireId(), AgendaStatus.REQUESTED)))
                .filter(waiting -> waiting.requests() > 0)
                .toList();
    }

    /** Case content only for items still on the agenda, and only for professionals. */
    private @Nullable MeetingCaseSummary summaryFor(CurrentUser me, AgendaItem item, LocalDate date) {
        if (!item.isActive() || !me.hasRole(Role.PROFESSIONAL)) {
            return null;
        }
        return caseAccess.summaryForParticipant(item.getCaseNumber(), item.getMeetingId(), date,
                AgendaAudit.meeting(item.getMeetingId()));
    }
}
