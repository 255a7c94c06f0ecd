package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.keys;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.ConsentDraft;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The chair changes, cancels or un-invites on a planned meeting; the agenda follows the rules. */
@IntegrationTest
class MeetingPlanServiceTest {

    private static final LocalDate IN_TWO_WEEKS = LocalDate.now().plusDays(14);

    @Autowired
    private MeetingPlanService plans;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private MeetingAgenda agenda;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private CaseService cases;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theChairMovesTheMeetingAndACaseWhoseConsentEndsBeforeTheNewDateIsReleasedWithTheReason() {
        MeetingSummary meeting = planned();
        AgendaEntry covered = submitted(meeting, "P.A.", null);
        AgendaEntry endsSoon = submitted(meeting, "P.B.", LocalDate.now().plusDays(20));
        signedIn.as("voorzitter");
        agendas.accept(covered.id(), covered.version());

        MeetingSummary moved = plans.reschedule(meeting.id(), meeting.version(), new MeetingSchedule(
                LocalDate.now().plusDays(30), LocalTime.of(9, 30), 60, null, "https://meet.example.nl/nieuw"));

        assertThat(moved.startsAt().toLocalDate()).isEqualTo(LocalDate.now().plusDays(30));
        assertThat(moved.place()).isNull();
        assertThat(moved.durationMinutes()).isEqualTo(60);
        signedIn.as("verloskundige");
        assertThat(agenda.mySubmissions()).filteredOn(s -> s.meetingId() == meeting.id())
                .anySatisfy(s -> {
                    assertThat(s.caseNumber()).isEqualTo(endsSoon.caseNumber());
                    assertThat(s.status()).isEqualTo(AgendaStatus.REMOVED);
                    assertThat(s.removalReason()).isEqualTo(MeetingPlanService.NOT_ON_NEW_DATE);
                })
                .anySatisfy(s -> {
                    assertThat(s.caseNumber()).isEqualTo(covered.caseNumber());
                    assertThat(s.status()).isEqualTo(AgendaStatus.ACCEPTED);
                });
    }

    @Test
    void aNewScheduleIsCheckedLikeANewPlan() {
        MeetingSummary meeting = planned();
        assertThatThrownBy(() -> plans.reschedule(meeting.id(), meeting.version(), new MeetingSchedule(
                LocalDate.now().minusDays(1), LocalTime.NOON, 5, " ", "http://niet-veilig")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(keys(refused))
                        .contains("meeting.validation.in-past", "meeting.validation.duration",
                                "meeting.validation.video-link"));
    }

    @Test
    void aCancelledMeetingStaysVisibleAsCancelledAndReleasesEveryCaseOnItsAgenda() {
        MeetingSummary meeting = planned();
        AgendaEntry request = submitted(meeting, "P.C.", null);
        signedIn.as("voorzitter");

        MeetingSummary cancelled = plans.cancel(meeting.id(), meeting.version());

        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThatThrownBy(() -> outcomes.start(cancelled.id(), cancelled.version()))
                .isInstanceOf(InvalidInputException.class);
        signedIn.as("verloskundige");
        assertThat(meetings.open(meeting.id()).status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(agenda.mySubmissions()).filteredOn(s -> s.itemId() == request.id()).singleElement()
                .satisfies(s -> assertThat(s.removalReason()).isEqualTo(MeetingPlanService.CANCELLED));
    }

    @Test
    void anUninvitedProfessionalNoLongerSeesTheMeetingAndOnlyItsOwnChairChangesIt() {
        MeetingSummary meeting = planned();
        signedIn.as("pop-voorzitter");
        assertThatThrownBy(() -> plans.cancel(meeting.id(), meeting.version()))
                .isInstanceOf(MeetingNotFoundException.class);
        signedIn.as("jgz");
        assertThatThrownBy(() -> plans.uninvite(meeting.id(), meeting.version(), idOf(users, "jgz")))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("voorzitter");
        plans.uninvite(meeting.id(), meeting.version(), idOf(users, "jgz"));

        signedIn.as("jgz");
        assertThatThrownBy(() -> meetings.open(meeting.id())).isInstanceOf(MeetingNotFoundException.class);
    }

    @Test
    void aRunningMeetingCanNoLongerBeChangedOrCancelled() {
        signedIn.as("voorzitter");
        MeetingSummary meeting = meetings.plan(mdoInArnhem(MeetingFixtures.today(), Set.of(idOf(users, "jgz"))));
        MeetingSummary running = outcomes.start(meeting.id(), meeting.version());
        assertThatThrownBy(() -> plans.cancel(running.id(), running.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("meeting.validation.not-planned"));
    }

    /** Leaves the chair signed in. */
    private MeetingSummary planned() {
        signedIn.as("voorzitter");
        return meetings.plan(mdoInArnhem(IN_TWO_WEEKS, Set.of(idOf(users, "jgz"), idOf(users, "verloskundige"))));
    }

    private AgendaEntry submitted(MeetingSummary meeting, String initials, LocalDate consentUntil) {
        signedIn.as("verloskundige");
        ConsentDraft consent = consentFor(Discipline.MIDWIFE, Discipline.JGZ);
        if (consentUntil != null) {
            consent = new ConsentDraft(consent.basis(), consent.givenOn(), consent.form(), consent.givenBy(),
                    consent.discussInMeeting(), consent.parentsAttend(), consent.contactOtherProfessionals(),
                    consent.sharedDisciplines(), consentUntil, null);
        }
        CaseDetails created = cases.register(pregnancy(initials), consent);
        return agendas.submit(meeting.id(), created.caseNumber(), "Wat is nodig?", false);
    }
}
