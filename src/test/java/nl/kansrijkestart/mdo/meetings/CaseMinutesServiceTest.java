package nl.kansrijkestart.mdo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios.Running;
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

    private static final String CONCLUSION = "Kraamzorg verlengen, wijkteam start schuldhulp.";

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private CaseMinutesService minutes;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private AddendumService addenda;

    @Autowired
    private CaseService cases;

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
        Running discussed = scenarios.closed("M.A.", CONCLUSION, "jgz");
        addenda.add(discussed.item().id(), "Schuldhulp start pas in maart.");

        signedIn.as("verloskundige");
        assertThat(minutes.minutes(discussed.caseNumber())).singleElement().satisfies(read -> {
            assertThat(read.meetingId()).isEqualTo(discussed.meeting().id());
            assertThat(read.meetingType()).isEqualTo(MeetingType.MDO_VULNERABLE_PREGNANCY);
            assertThat(read.outcome().status()).isEqualTo(OutcomeStatus.DISCUSSED);
            assertThat(read.outcome().conclusion()).isEqualTo(CONCLUSION);
            assertThat(read.addenda()).extracting(Addendum::text).containsExactly("Schuldhulp start pas in maart.");
        });
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> "case-minutes".equals(e.object())
                && e.action() == AuditAction.READ && e.outcome() == AuditOutcome.SUCCESS
                && discussed.caseNumber().equals(e.caseNumber()));
    }

    @Test
    void theCaseTimelineShowsTheDiscussionWithTheMeetingsDate() {
        Running discussed = scenarios.closed("M.B.", CONCLUSION, "jgz");

        signedIn.as("verloskundige");
        CaseDetails details = cases.open(discussed.caseNumber());
        assertThat(details.timeline()).anySatisfy(entry -> {
            assertThat(entry.messageKey()).isEqualTo("timeline.discussed-in-meeting");
            assertThat(entry.arguments()).containsExactly(discussed.meeting().startsAt().toLocalDate().toString());
        });
    }

    @Test
    void aParticipantOutsideTheCareTeamGetsTheAnswerOfAnUnknownCaseAndTheRefusalIsLogged() {
        Running discussed = scenarios.closed("M.C.", CONCLUSION, "jgz");

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
        Running running = scenarios.running("M.D.", "jgz");
        outcomes.record(running.item().id(), null,
                new OutcomeDraft(OutcomeStatus.DISCUSSED, CONCLUSION, FollowUp.NONE, null));

        signedIn.as("verloskundige");
        assertThat(minutes.minutes(running.caseNumber())).isEmpty();
    }
}
