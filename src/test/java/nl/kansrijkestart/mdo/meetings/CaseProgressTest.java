package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.today;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.CaseStatus;
import nl.kansrijkestart.mdo.cases.ConsentService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case's status follows its agenda items: on an agenda once accepted, back when it leaves every
 * agenda, and after a discussion as its outcome says — discussed, in follow-up or closed.
 */
@IntegrationTest
class CaseProgressTest {

    @Autowired
    private MeetingService meetings;

    @Autowired
    private MeetingPlanService plans;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private CaseService cases;

    @Autowired
    private ConsentService consents;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aCaseIsOnTheAgendaOnceAcceptedAndRegisteredAgainWhenItsMeetingIsCancelled() {
        MeetingSummary meeting = planned(11);
        String caseNumber = registered("P.A.");
        AgendaEntry request = submit(meeting, caseNumber);
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.REGISTERED);

        signedIn.as("voorzitter");
        agendas.accept(request.id(), request.version());
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.ON_AGENDA);

        signedIn.as("voorzitter");
        MeetingSummary current = meetings.open(meeting.id());
        plans.cancel(current.id(), current.version());
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.REGISTERED);
        assertThat(timeline(caseNumber)).contains("timeline.status-changed");
    }

    @Test
    void theOutcomeDecidesDiscussedInFollowUpOrClosedAndAnUndiscussedItemLeavesWithTheClosedMeeting() {
        MeetingSummary meeting = planned(0);
        String discussed = registered("P.B.");
        String notReached = registered("P.C.");
        AgendaEntry item = accepted(meeting, discussed);
        accepted(meeting, notReached);
        signedIn.as("voorzitter");
        MeetingSummary current = meetings.open(meeting.id());
        outcomes.start(current.id(), current.version());

        Outcome rediscuss = outcomes.record(item.id(), null, new OutcomeDraft(OutcomeStatus.DISCUSSED,
                "Over een maand opnieuw.", FollowUp.REDISCUSS, LocalDate.now().plusDays(40)));
        assertThat(status(discussed)).isEqualTo(CaseStatus.IN_FOLLOW_UP);
        signedIn.as("voorzitter");
        Outcome close = outcomes.record(item.id(), rediscuss.version(),
                new OutcomeDraft(OutcomeStatus.DISCUSSED, "Afgerond.", FollowUp.CLOSE, null));
        assertThat(status(discussed)).isEqualTo(CaseStatus.CLOSED);
        signedIn.as("voorzitter");
        outcomes.record(item.id(), close.version(), new OutcomeDraft(OutcomeStatus.DISCUSSED, "Besproken.",
                FollowUp.NONE, null));
        assertThat(status(discussed)).isEqualTo(CaseStatus.DISCUSSED);
        assertThat(status(notReached)).isEqualTo(CaseStatus.ON_AGENDA);

        signedIn.as("voorzitter");
        current = meetings.open(meeting.id());
        outcomes.close(current.id(), current.version());
        assertThat(status(notReached)).isEqualTo(CaseStatus.REGISTERED);
        assertThat(status(discussed)).isEqualTo(CaseStatus.DISCUSSED);
    }

    @Test
    void withdrawingTheConsentTakesTheCaseOffTheAgendaAndBackToRegistered() {
        MeetingSummary meeting = planned(13);
        String caseNumber = registered("P.D.");
        accepted(meeting, caseNumber);
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.ON_AGENDA);

        signedIn.as("verloskundige");
        CaseDetails details = cases.open(caseNumber);
        consents.withdraw(caseNumber, details.version(), details.consents().getFirst().id(), null);

        assertThat(status(caseNumber)).isEqualTo(CaseStatus.REGISTERED);
    }

    private MeetingSummary planned(int daysAhead) {
        signedIn.as("voorzitter");
        return meetings.plan(mdoInArnhem(today().plusDays(daysAhead), Set.of(idOf(users, "verloskundige"))));
    }

    private String registered(String initials) {
        signedIn.as("verloskundige");
        return cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE)).caseNumber();
    }

    private AgendaEntry submit(MeetingSummary meeting, String caseNumber) {
        signedIn.as("verloskundige");
        return agendas.submit(meeting.id(), caseNumber, "Wie neemt de regie?", false);
    }

    private AgendaEntry accepted(MeetingSummary meeting, String caseNumber) {
        AgendaEntry request = submit(meeting, caseNumber);
        signedIn.as("voorzitter");
        return agendas.accept(request.id(), request.version());
    }

    private CaseStatus status(String caseNumber) {
        signedIn.as("verloskundige");
        return cases.open(caseNumber).status();
    }

    private List<String> timeline(String caseNumber) {
        signedIn.as("verloskundige");
        return cases.open(caseNumber).timeline().stream().map(CaseDetails.TimelineEntry::messageKey).toList();
    }
}
