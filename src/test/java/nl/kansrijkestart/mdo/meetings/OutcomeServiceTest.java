package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.keys;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The chair runs a meeting: starts it, records an outcome per accepted item, and closes it. */
@IntegrationTest
@RecordApplicationEvents
class OutcomeServiceTest {

    /**
     * Today as the test began: the meetings these tests start are planned for it (none starts before
     * its planned day), and it is the day the server stamps on what they record.
     */
    private final LocalDate today = MeetingFixtures.today();
    private static final OutcomeDraft DISCUSSED = new OutcomeDraft(OutcomeStatus.DISCUSSED,
            "Verloskundige blijft contactpersoon; wijkteam start schuldhulp.", FollowUp.NONE, null);

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private MeetingAgenda agenda;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private MeetingPlanService plans;

    @Autowired
    private CaseService cases;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private ApplicationEvents events;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theChairRecordsTheOutcomeOfARunningMeetingAndEveryParticipantReadsIt() {
        MeetingSummary meeting = plannedMeeting(today);
        AgendaEntry item = accepted(meeting, "U.A.");
        outcomes.start(meeting.id(), meeting.version());
        Outcome recorded = outcomes.record(item.id(), null, DISCUSSED);

        assertThat(recorded.status()).isEqualTo(OutcomeStatus.DISCUSSED);
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> "agenda-outcome".equals(e.object())
                && item.caseNumber().equals(e.caseNumber()));
        signedIn.as("verloskundige");
        assertThat(outcomes.outcomes(meeting.id())).singleElement()
                .satisfies(read -> assertThat(read.conclusion()).contains("schuldhulp"));
    }

    @Test
    void anotherChairIsRefusedAndTheRefusalIsLogged() {
        MeetingSummary meeting = plannedMeeting(today);
        AgendaEntry item = accepted(meeting, "U.B.");
        outcomes.start(meeting.id(), meeting.version());
        signedIn.as("pop-voorzitter");
        assertThatThrownBy(() -> outcomes.record(item.id(), null, DISCUSSED))
                .isInstanceOf(MeetingNotFoundException.class);
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> "meeting".equals(e.object())
                && e.detail() != null && e.detail().contains("not the chair"));
    }

    @Test
    void aCoordinatorAndAnAdministratorCannotRecordOutcomes() {
        MeetingSummary meeting = plannedMeeting(today);
        AgendaEntry item = accepted(meeting, "U.C.");
        outcomes.start(meeting.id(), meeting.version());
        for (String user : new String[] {"coordinator", "admin"}) {
            signedIn.as(user);
            assertThatThrownBy(() -> outcomes.record(item.id(), null, DISCUSSED))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aMeetingCannotStartBeforeItsPlannedDayAndStartsOnceTheChairMovesItToToday() {
        MeetingSummary nextWeek = plannedMeeting(today.plusDays(7));
        AgendaEntry item = accepted(nextWeek, "U.L.");

        assertThatThrownBy(() -> outcomes.start(nextWeek.id(), nextWeek.version()))
                .isInstanceOfSatisfying(MeetingStateException.class, refused -> assertThat(keys(refused))
                        .containsExactly("outcome.validation.before-planned-day"));
        assertThatThrownBy(() -> outcomes.record(item.id(), null, DISCUSSED))
                .as("so nothing can be counted for next week today")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("outcome.validation.not-started"));

        MeetingSummary moved = plans.reschedule(nextWeek.id(), meetings.open(nextWeek.id()).version(),
                new MeetingSchedule(today, MeetingFixtures.LATE_TODAY, 60, "Stadskantoor Arnhem", null));
        MeetingSummary started = outcomes.start(moved.id(), moved.version());

        assertThat(started.status()).isEqualTo(MeetingStatus.RUNNING);
        outcomes.record(item.id(), null, DISCUSSED);
        assertThat(events.stream(CaseDiscussed.class).filter(e -> e.caseNumber().equals(item.caseNumber())))
                .singleElement().satisfies(counted -> assertThat(counted.meetingDate()).isEqualTo(today));
    }

    @Test
    void anOutcomeWaitsUntilTheChairStartsTheMeeting() {
        MeetingSummary meeting = plannedMeeting(today);
        AgendaEntry item = accepted(meeting, "U.D.");
        assertThatThrownBy(() -> outcomes.record(item.id(), null, DISCUSSED))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("outcome.validation.not-started"));
    }

    @Test
    void closingTheMeetingLocksItsOutcomes() {
        MeetingSummary meeting = plannedMeeting(today);
        AgendaEntry item = accepted(meeting, "U.E.");
        MeetingSummary running = outcomes.start(meeting.id(), meeting.version());
        Outcome recorded = outcomes.record(item.id(), null, DISCUSSED);
        MeetingSummary closed = outcomes.close(running.id(), running.version());

        assertThat(closed.status()).isEqualTo(MeetingStatus.CLOSED);
        assertThatThrownBy(() -> outcomes.record(item.id(), recorded.version(), new OutcomeDraft(
                OutcomeStatus.POSTPONED, null, FollowUp.NONE, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("outcome.validation.locked"));
    }

    @Test
    void aRequestedButNotAcceptedCaseGetsNoOutcome() {
        MeetingSummary meeting = plannedMeeting(today);
        AgendaEntry request = submitted(meeting, "U.F.");
        signedIn.as("voorzitter");
        outcomes.start(meeting.id(), meeting.version());
        assertThatThrownBy(() -> outcomes.record(request.id(), null, DISCUSSED))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("outcome.validation.not-accepted"));
    }

    @Test
    void reDiscussingFromADateRequestsTheCaseForTheChairsFirstMeetingOnOrAfterIt() {
        LocalDate later = LocalDate.now().plusDays(400 + ThreadLocalRandom.current().nextInt(300));
        MeetingSummary meeting = plannedMeeting(today);
        MeetingSummary laterMeeting = plannedMeeting(later);
        plannedMeeting(later.plusDays(14));
        AgendaEntry item = accepted(meeting, "U.G.");
        outcomes.start(meeting.id(), meeting.version());

        Outcome recorded = outcomes.record(item.id(), null,
                new OutcomeDraft(OutcomeStatus.DISCUSSED, null, FollowUp.REDISCUSS, later));

        assertThat(recorded.followUpMeetingId()).isEqualTo(laterMeeting.id());
        assertThat(agenda.agenda(laterMeeting.id())).singleElement().satisfies(request -> {
            assertThat(request.caseNumber()).isEqualTo(item.caseNumber());
            assertThat(request.status()).isEqualTo(AgendaStatus.REQUESTED);
        });
    }

    @Test
    void aReDiscussionDateMustLieAfterTheMeeting() {
        MeetingSummary meeting = plannedMeeting(today);
        AgendaEntry item = accepted(meeting, "U.H.");
        outcomes.start(meeting.id(), meeting.version());
        assertThatThrownBy(() -> outcomes.record(item.id(), null,
                new OutcomeDraft(OutcomeStatus.DISCUSSED, null, FollowUp.REDISCUSS, today)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("outcome.validation.follow-up-date"));
    }

    @Test
    void aPostponedItemPublishesNoCountingEvent() {
        MeetingSummary meeting = plannedMeeting(today);
        AgendaEntry item = accepted(meeting, "U.I.");
        outcomes.start(meeting.id(), meeting.version());
        outcomes.record(item.id(), null, new OutcomeDraft(OutcomeStatus.POSTPONED, null, FollowUp.NONE, null));
        assertThat(events.stream(CaseDiscussed.class)).noneMatch(e -> e.caseNumber().equals(item.caseNumber()));
    }

    @Test
    void aDiscussedItemPublishesExactlyOneCountingEventEvenWhenRecordedAgain() {
        MeetingSummary meeting = plannedMeeting(today);
        AgendaEntry item = accepted(meeting, "U.J.");
        outcomes.start(meeting.id(), meeting.version());
        Outcome first = outcomes.record(item.id(), null, DISCUSSED);
        outcomes.record(item.id(), first.version(), new OutcomeDraft(OutcomeStatus.DISCUSSED, "Aangevuld advies.",
                FollowUp.CLOSE, null));

        assertThat(events.stream(CaseDiscussed.class).filter(e -> e.caseNumber().equals(item.caseNumber())))
                .singleElement().satisfies(counted -> {
                    assertThat(counted.meetingType()).isEqualTo(MeetingType.MDO_VULNERABLE_PREGNANCY);
                    assertThat(counted.meetingDate()).isEqualTo(today);
                });
    }

    @Test
    void aCountedDiscussionCannotBeTurnedIntoAPostponement() {
        MeetingSummary meeting = plannedMeeting(today);
        AgendaEntry item = accepted(meeting, "U.K.");
        outcomes.start(meeting.id(), meeting.version());
        Outcome first = outcomes.record(item.id(), null, DISCUSSED);
        assertThatThrownBy(() -> outcomes.record(item.id(), first.version(),
                new OutcomeDraft(OutcomeStatus.POSTPONED, null, FollowUp.NONE, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("outcome.validation.already-counted"));
    }

    private MeetingSummary plannedMeeting(LocalDate date) {
        signedIn.as("voorzitter");
        return meetings.plan(mdoInArnhem(date, Set.of(idOf(users, "verloskundige"), idOf(users, "jgz"))));
    }

    private AgendaEntry submitted(MeetingSummary meeting, String initials) {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        return agendas.submit(meeting.id(), created.caseNumber(), "Wie coördineert de steun?", false);
    }

    /** Leaves the chair signed in. */
    private AgendaEntry accepted(MeetingSummary meeting, String initials) {
        AgendaEntry request = submitted(meeting, initials);
        signedIn.as("voorzitter");
        return agendas.accept(request.id(), request.version());
    }
}
