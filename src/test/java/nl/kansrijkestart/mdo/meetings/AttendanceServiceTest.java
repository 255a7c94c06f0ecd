package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Presence per invited user and guest, and the quorum of core disciplines per meeting type. */
@IntegrationTest
class AttendanceServiceTest {

    /** The meetings these tests start are planned for today: none starts before its planned day. */
    private static final LocalDate TODAY = MeetingFixtures.today();

    @Autowired
    private AttendanceService attendance;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void anMdoLacksItsQuorumUntilMidwifeAndSocialTeamArePresentBesidesTheJgzChair() {
        MeetingSummary meeting = running(mdoInArnhem(TODAY, invited("verloskundige", "wijkteam", "huisarts")));
        assertThat(attendance.attendance(meeting.id()).missingCore())
                .containsExactly(Discipline.MIDWIFE, Discipline.SOCIAL_TEAM);

        Attendance midwife = attendance.mark(meeting.id(), "user-" + idOf(users, "verloskundige"), true,
                meeting.version());
        Attendance marked = attendance.mark(meeting.id(), "user-" + idOf(users, "wijkteam"), true,
                midwife.meetingVersion());

        assertThat(marked.quorum()).isTrue();
        assertThat(marked.missingIdeal()).containsExactly(Discipline.GP, Discipline.MUNICIPALITY);
    }

    @Test
    void aPresentGuestBringsTheirDisciplineAndMarkingAbsentTakesItAway() {
        MeetingSummary planned = meetingWithGuest();
        MeetingSummary meeting = outcomes.start(planned.id(), planned.version());
        Attendance present = attendance.mark(meeting.id(), "guest-0", true, meeting.version());
        assertThat(present.missingCore()).doesNotContain(Discipline.SOCIAL_TEAM);
        assertThat(attendance.mark(meeting.id(), "guest-0", false, present.meetingVersion()).missingCore())
                .contains(Discipline.SOCIAL_TEAM);
    }

    @Test
    void aPopMeetingNeedsObstetricsPsychiatryAndPaediatrics() {
        signedIn.as("voorzitter");
        MeetingSummary pop = meetings.plan(new MeetingDraft(MeetingType.POP, TODAY, MeetingFixtures.LATE_TODAY, 60,
                "Ziekenhuis Rijnzicht", null, "GM0202", null, invited("psychiater")));
        MeetingSummary meeting = outcomes.start(pop.id(), pop.version());
        Attendance marked = attendance.mark(meeting.id(), "user-" + idOf(users, "psychiater"), true, meeting.version());
        assertThat(marked.missingCore()).containsExactly(Discipline.OBSTETRICIAN, Discipline.PAEDIATRICS);
    }

    @Test
    void onlyTheChairMarksPresence() {
        MeetingSummary meeting = running(mdoInArnhem(TODAY, invited("verloskundige")));
        signedIn.as("pop-voorzitter");
        assertThatThrownBy(() -> attendance.mark(meeting.id(), "user-" + idOf(users, "verloskundige"), true,
                meeting.version()))
                .isInstanceOf(MeetingNotFoundException.class);
        signedIn.as("verloskundige");
        assertThatThrownBy(() -> attendance.mark(meeting.id(), "user-" + idOf(users, "verloskundige"), true,
                meeting.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChairMarkingPresenceOnAnOutdatedPageIsToldWhoChangedItAndNothingChanges() {
        MeetingSummary meeting = running(mdoInArnhem(TODAY, invited("verloskundige", "wijkteam")));
        attendance.mark(meeting.id(), "user-" + idOf(users, "verloskundige"), true, meeting.version());

        assertThatThrownBy(() -> attendance.mark(meeting.id(), "user-" + idOf(users, "verloskundige"), false,
                meeting.version())).isInstanceOf(ConcurrentChangeException.class);
        assertThat(attendance.attendance(meeting.id()).attendees()).filteredOn(Attendance.Attendee::present)
                .extracting(Attendance.Attendee::name).hasSize(1);
    }

    private MeetingSummary meetingWithGuest() {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(TODAY, invited("verloskundige")));
        return meetings.inviteGuest(planned.id(), planned.version(),
                new GuestDraft("R. de Wit", "Wijkteam Rheden (demo)", Discipline.SOCIAL_TEAM));
    }

    private MeetingSummary running(MeetingDraft draft) {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(draft);
        return outcomes.start(planned.id(), planned.version());
    }

    private Set<Long> invited(String... usernames) {
        return Arrays.stream(usernames).map(name -> idOf(users, name))
                .collect(Collectors.toSet());
    }
}
