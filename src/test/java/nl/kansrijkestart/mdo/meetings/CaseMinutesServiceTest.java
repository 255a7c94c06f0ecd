package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** After a meeting, the case's care team reads what it concluded, also who was not there. */
@IntegrationTest
@RecordApplicationEvents
class CaseMinutesServiceTest {

    private static final OutcomeDraft DISCUSSED = new OutcomeDraft(OutcomeStatus.DISCUSSED,
            "Kraamzorg verlengen, wijkteam start schuldhulp.", FollowUp.NONE, null);

    @Autowired
    private CaseMinutesService minutes;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private AddendumService addenda;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private AgendaService agendas;

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
    void aCareTeamMemberWhoWasNotInvitedReadsTheOutcomeAndAddendaOfTheClosedMeeting() {
        Discussed discussed = discussedIn("M.A.");
        addenda.add(discussed.item().id(), "Schuldhulp start pas in maart.");

        signedIn.as("verloskundige");
        assertThat(minutes.minutes(discussed.caseNumber())).singleElement().satisfies(read -> {
            assertThat(read.meetingId()).isEqualTo(discussed.meeting().id());
            assertThat(read.meetingType()).isEqualTo(MeetingType.MDO_VULNERABLE_PREGNANCY);
            assertThat(read.outcome().status()).isEqualTo(OutcomeStatus.DISCUSSED);
            assertThat(read.outcome().conclusion()).isEqualTo("Kraamzorg verlengen, wijkteam start schuldhulp.");
            assertThat(read.addenda()).extracting(Addendum::text).containsExactly("Schuldhulp start pas in maart.");
        });
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> "case-minutes".equals(e.object())
                && e.action() == AuditAction.READ && e.outcome() == AuditOutcome.SUCCESS
                && discussed.caseNumber().equals(e.caseNumber()));
    }

    @Test
    void theCaseTimelineShowsTheDiscussionWithTheMeetingsDate() {
        Discussed discussed = discussedIn("M.B.");

        signedIn.as("verloskundige");
        CaseDetails details = cases.open(discussed.caseNumber());
        assertThat(details.timeline()).anySatisfy(entry -> {
            assertThat(entry.messageKey()).isEqualTo("timeline.discussed-in-meeting");
            assertThat(entry.arguments()).containsExactly(discussed.meeting().startsAt().toLocalDate().toString());
        });
    }

    @Test
    void aParticipantOutsideTheCareTeamGetsTheAnswerOfAnUnknownCaseAndTheRefusalIsLogged() {
        Discussed discussed = discussedIn("M.C.");

        signedIn.as("jgz");
        assertThatThrownBy(() -> minutes.minutes(discussed.caseNumber()))
                .isInstanceOf(CaseNotAccessibleException.class);
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> "case-minutes".equals(e.object())
                && e.outcome() == AuditOutcome.DENIED && discussed.caseNumber().equals(e.caseNumber()));
        signedIn.as("coordinator");
        assertThatThrownBy(() -> minutes.minutes(discussed.caseNumber())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMeetingThatIsStillRunningHasNoMinutesYet() {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(LocalDate.now().plusDays(11), Set.of(idOf(users, "jgz"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("M.D."), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(planned.id(), created.caseNumber(), "Wat is nodig?", false);
        signedIn.as("voorzitter");
        AgendaEntry item = agendas.accept(request.id(), request.version());
        MeetingSummary current = meetings.open(planned.id());
        outcomes.start(current.id(), current.version());
        outcomes.record(item.id(), null, DISCUSSED);

        signedIn.as("verloskundige");
        assertThat(minutes.minutes(created.caseNumber())).isEmpty();
    }

    /**
     * The midwife registers a case; the chair's meeting, to which only JGZ is invited, discusses it
     * and closes. Leaves the chair signed in.
     */
    private Discussed discussedIn(String initials) {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(LocalDate.now().plusDays(10), Set.of(idOf(users, "jgz"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(planned.id(), created.caseNumber(), "Wie neemt regie?", false);
        signedIn.as("voorzitter");
        AgendaEntry item = agendas.accept(request.id(), request.version());
        MeetingSummary current = meetings.open(planned.id());
        outcomes.start(current.id(), current.version());
        outcomes.record(item.id(), null, DISCUSSED);
        current = meetings.open(planned.id());
        return new Discussed(outcomes.close(current.id(), current.version()), item, created.caseNumber());
    }

    private record Discussed(MeetingSummary meeting, AgendaEntry item, String caseNumber) {}
}
