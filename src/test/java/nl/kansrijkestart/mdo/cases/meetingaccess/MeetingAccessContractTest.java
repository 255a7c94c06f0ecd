package nl.kansrijkestart.mdo.cases.meetingaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.cases.CaseStatus;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the meetings module asks of a case on behalf of a chair or participant is answered only when
 * the case is on the agenda of a meeting the caller chairs (or, for the participant summary, takes
 * part in): the chair role alone opens nothing.
 */
@IntegrationTest
class MeetingAccessContractTest {

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private CountingTokens tokens;

    @Autowired
    private CaseIndicatorFacts facts;

    @Autowired
    private MeetingCaseRoles caseRoles;

    @Autowired
    private CaseMeetingAccess meetingAccess;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theChairOfTheMeetingGetsTheCountingTokenRolesAndSummaryOfACaseOnHerAgenda() {
        MeetingScenarios.Running meeting = scenarios.running("C.A.", "jgz");
        signedIn.as("voorzitter");
        assertThat(tokens.tokenFor(meeting.caseNumber(), 2026).token()).isNotBlank();
        assertThat(caseRoles.roles(meeting.caseNumber(), "meeting").careTeam()).isNotEmpty();
        assertThat(meetingAccess.summaryForParticipant(meeting.caseNumber(), meeting.meeting().id(), date(meeting),
                "meeting").caseNumber()).isEqualTo(meeting.caseNumber());
    }

    @Test
    void aChairOfAnotherMeetingIsRefusedEveryCaseMethodAsForAnUnknownCase() {
        MeetingScenarios.Running meeting = scenarios.running("C.B.", "jgz");
        String caseNumber = meeting.caseNumber();
        signedIn.as("pop-voorzitter");
        assertThatThrownBy(() -> tokens.tokenFor(caseNumber, 2026)).isInstanceOf(CaseNotAccessibleException.class);
        assertThatThrownBy(() -> facts.discussed(caseNumber, date(meeting)))
                .isInstanceOf(CaseNotAccessibleException.class);
        assertThatThrownBy(() -> caseRoles.roles(caseNumber, "meeting"))
                .isInstanceOf(CaseNotAccessibleException.class);
        assertThatThrownBy(() -> caseRoles.recordDiscussion(caseNumber, "meeting", date(meeting)))
                .isInstanceOf(CaseNotAccessibleException.class);
        assertThatThrownBy(() -> caseRoles.recordProgress(caseNumber, CaseStatus.CLOSED, "meeting"))
                .isInstanceOf(CaseNotAccessibleException.class);
        assertThatThrownBy(() -> meetingAccess.summaryForParticipant(caseNumber, meeting.meeting().id(),
                date(meeting), "meeting")).isInstanceOf(CaseNotAccessibleException.class);
        assertThat(meetingAccess.mayReadContent(caseNumber, meeting.meeting().id(), date(meeting))).isFalse();
    }

    @Test
    void aProfessionalNotInvitedToTheMeetingGetsNoSummaryOfItsCases() {
        MeetingScenarios.Running meeting = scenarios.running("C.C.", "jgz");
        signedIn.as("kinderarts");
        assertThatThrownBy(() -> meetingAccess.summaryForParticipant(meeting.caseNumber(), meeting.meeting().id(),
                date(meeting), "meeting")).isInstanceOf(CaseNotAccessibleException.class);
        signedIn.as("jgz");
        assertThat(meetingAccess.summaryForParticipant(meeting.caseNumber(), meeting.meeting().id(), date(meeting),
                "meeting").anonymised()).isFalse();
    }

    private static LocalDate date(MeetingScenarios.Running meeting) {
        return meeting.meeting().startsAt().toLocalDate();
    }
}
