package nl.kansrijkestart.mdo.meetings;

import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The row-level rules of meetings: only the chair and the invited users see a meeting, and only
 * its own chair changes it. Another chair is refused like anyone else; every refusal is logged.
 */
@Component
class MeetingGuard {

    private final MeetingRepository meetings;
    private final AgendaAudit audit;

    MeetingGuard(MeetingRepository meetings, AgendaAudit audit) {
        this.meetings = meetings;
        this.audit = audit;
    }

    /** For the chair or an invited user; to everybody else the meeting does not exist. */
    Meeting forParticipant(CurrentUser user, long meetingId) {
        Meeting meeting = meetings.findById(meetingId).filter(found -> found.isOpenTo(user.id())).orElse(null);
        if (meeting == null) {
            audit.denied(user, AuditAction.READ, meetingId, "not invited");
            throw new MeetingNotFoundException(meetingId);
        }
        return meeting;
    }

    /**
     * For the meeting's own chair. An invited user learns they may not change it; to anybody else,
     * another chair included, the meeting does not exist, as for reading it.
     */
    Meeting forChair(CurrentUser user, long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        if (!meeting.isChairedBy(user.id())) {
            audit.denied(user, AuditAction.UPDATE, meetingId, "not the chair");
            if (!meeting.isOpenTo(user.id())) {
                throw new MeetingNotFoundException(meetingId);
            }
            throw new AccessDeniedException("Only the chair of meeting " + meetingId + " may change it");
        }
        return meeting;
    }

    Meeting forChange(CurrentUser user, long meetingId, long expectedVersion) {
        Meeting meeting = forChair(user, meetingId);
        if (meeting.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(meeting.getChairName());
        }
        return meeting;
    }
}
