package nl.kansrijkestart.mdo.meetings;

import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The row-level rules of meetings: only the chair and the invited users see a meeting, and only
 * its own chair changes it. Another chair is refused like anyone else; every refusal is logged.
 * An account disabled since its session began sees no meeting at all: its open pages learn it at
 * the next change they read (the disabling publishes one) and stop showing the meeting.
 */
@Component
class MeetingGuard {

    private final MeetingRepository meetings;
    private final AgendaAudit audit;
    private final CurrentUserService users;

    MeetingGuard(MeetingRepository meetings, AgendaAudit audit, CurrentUserService users) {
        this.meetings = meetings;
        this.audit = audit;
        this.users = users;
    }

    /** For the chair or an invited user; to everybody else the meeting does not exist. */
    Meeting forParticipant(CurrentUser user, long meetingId) {
        requireEnabled(user, AuditAction.READ, meetingId);
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
        requireEnabled(user, AuditAction.UPDATE, meetingId);
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

    /** A session that outlived its account's disabling finds no meeting. */
    private void requireEnabled(CurrentUser user, AuditAction action, long meetingId) {
        if (users.enabledUser(user.id()).isEmpty()) {
            audit.denied(user, action, meetingId, "account disabled");
            throw new MeetingNotFoundException(meetingId);
        }
    }
}
