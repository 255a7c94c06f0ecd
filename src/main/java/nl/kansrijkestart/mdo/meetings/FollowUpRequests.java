package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kansrijkestart.mdo.cases.meetingaccess.CaseMeetingAccess;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.stereotype.Component;

/**
 * A re-discussion agreed in a meeting becomes a request on the first upcoming meeting of the same
 * chair on or after the agreed date. The request goes through the same consent check as the
 * chair's acceptance; when no meeting fits or consent does not cover its date, none is made.
 */
@Component
class FollowUpRequests {

    private final AgendaItemRepository items;
    private final MeetingRepository meetings;
    private final CaseMeetingAccess caseAccess;
    private final AgendaAudit audit;
    private final Clock clock;

    FollowUpRequests(AgendaItemRepository items, MeetingRepository meetings, CaseMeetingAccess caseAccess,
            AgendaAudit audit, Clock clock) {
        this.items = items;
        this.meetings = meetings;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.clock = clock;
    }

    Optional<Long> request(CurrentUser chair, AgendaItem discussed, LocalDate from) {
        Instant fromStart = from.atStartOfDay(clock.getZone()).toInstant();
        Instant earliest = fromStart.isAfter(clock.instant()) ? fromStart : clock.instant();
        Optional<Meeting> target = meetings.findFirstByChairUserIdAndStatusAndStartsAtGreaterThanEqualOrderByStartsAtAsc(
                chair.id(), MeetingStatus.PLANNED, earliest);
        if (target.isEmpty() || !discussable(discussed, target.get())
                || items.existsByMeetingIdAndCaseNumberAndStatusIn(target.get().requireId(),
                        discussed.getCaseNumber(), AgendaService.ACTIVE)) {
            return Optional.empty();
        }
        long meetingId = target.get().requireId();
        items.saveAndFlush(new AgendaItem(meetingId, discussed.getCaseNumber(), discussed.isAnonymous(), chair.id(),
                chair.displayName(), clock.instant(), discussed.getQuestion(), discussed.isParentsAttend()));
        audit.succeeded(chair, discussed.getCaseNumber(), AuditAction.CREATE, "agenda-item",
                List.of("meeting-chair", "follow-up"),
                AgendaAudit.meeting(meetingId) + ": re-discussion of " + AgendaAudit.meeting(discussed.getMeetingId()));
        return Optional.of(meetingId);
    }

    private boolean discussable(AgendaItem item, Meeting target) {
        LocalDate date = target.getStartsAt().atZone(clock.getZone()).toLocalDate();
        return item.isAnonymous() || caseAccess.mayBeDiscussedOn(item.getCaseNumber(), date);
    }
}
