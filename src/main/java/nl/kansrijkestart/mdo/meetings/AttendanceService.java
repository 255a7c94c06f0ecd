package nl.kansrijkestart.mdo.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.Attendance.Attendee;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.meetings.internal.MeetingGuest;
import nl.kansrijkestart.mdo.meetings.internal.MeetingParticipant;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance and quorum: the chair marks invited users and guests present while the meeting runs;
 * everyone taking part sees who is there and which core disciplines are missing.
 */
@Service
@EnableConfigurationProperties(QuorumSettings.class)
public class AttendanceService {

    private final MeetingRepository meetings;
    private final MeetingGuard guard;
    private final QuorumSettings settings;
    private final AgendaAudit audit;
    private final CurrentUserService currentUser;
    private final ApplicationEventPublisher events;

    AttendanceService(MeetingRepository meetings, MeetingGuard guard, QuorumSettings settings, AgendaAudit audit,
            CurrentUserService currentUser, ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.guard = guard;
        this.settings = settings;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public Attendance attendance(long meetingId) {
        return attendanceOf(guard.forParticipant(currentUser.require(), meetingId));
    }

    /**
     * Marks one attendee present or absent on the meeting's version the chair last saw;
     * {@code attendeeKey} as in {@link Attendee#key()}.
     */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public Attendance mark(long meetingId, String attendeeKey, boolean present, long expectedVersion) {
        CurrentUser me = currentUser.require();
        Meeting meeting = guard.forChange(me, meetingId, expectedVersion);
        OutcomeService.requireRunning(meeting);
        if (!replace(meeting, attendeeKey, present)) {
            throw new InvalidInputException("attendee", "attendance.validation.unknown");
        }
        meetings.saveAndFlush(meeting);
        events.publishEvent(MeetingChanged.attendance(meetingId, me.displayName(), meeting.getVersion()));
        audit.succeeded(me, null, AuditAction.UPDATE, "meeting-attendance", List.of("meeting-chair"),
                AgendaAudit.meeting(meetingId) + ": " + attendeeKey + (present ? " present" : " absent"));
        return attendanceOf(meeting);
    }

    private static boolean replace(Meeting meeting, String key, boolean present) {
        for (MeetingParticipant participant : List.copyOf(meeting.getParticipants())) {
            if (key.equals(userKey(participant.userId()))) {
                meeting.getParticipants().remove(participant);
                meeting.getParticipants().add(participant.withPresence(present));
                return true;
            }
        }
        List<MeetingGuest> guests = meeting.getGuests();
        for (int i = 0; i < guests.size(); i++) {
            if (key.equals(guestKey(i))) {
                guests.set(i, guests.get(i).withPresence(present));
                return true;
            }
        }
        return false;
    }

    private Attendance attendanceOf(Meeting meeting) {
        List<Attendee> attendees = new ArrayList<>();
        meeting.getParticipants().stream().sorted(Comparator.comparing(MeetingParticipant::name))
                .forEach(p -> attendees.add(new Attendee(userKey(p.userId()), p.name(), p.discipline(), false,
                        p.present())));
        List<MeetingGuest> guests = meeting.getGuests();
        for (int i = 0; i < guests.size(); i++) {
            MeetingGuest g = guests.get(i);
            attendees.add(new Attendee(guestKey(i), g.name(), g.discipline(), true, g.present()));
        }
        Set<Discipline> present = EnumSet.noneOf(Discipline.class);
        attendees.stream().filter(Attendee::present).forEach(a -> present.add(a.discipline()));
        currentUser.enabledUser(meeting.getChairUserId()).ifPresent(chair -> present.add(chair.discipline()));
        QuorumSettings.Rule rule = settings.ruleFor(meeting.getType());
        return new Attendance(attendees, missing(rule.core(), present), missing(rule.ideal(), present),
                meeting.getVersion());
    }

    private static List<Discipline> missing(Set<Discipline> wanted, Set<Discipline> present) {
        return wanted.stream().filter(d -> !present.contains(d)).sorted().toList();
    }

    private static String userKey(long userId) {
        return "user-" + userId;
    }

    private static String guestKey(int index) {
        return "guest-" + index;
    }
}
