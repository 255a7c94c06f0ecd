package nl.kansrijkestart.mdo.cases;

import static nl.kansrijkestart.mdo.cases.CaseFixtures.anonymous;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.consentFor;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.pregnancy;
import static nl.kansrijkestart.mdo.cases.CaseServiceTest.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.meetingaccess.CaseMeetingAccess;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The consent gate for agendas and what meeting participants see of a case. */
@IntegrationTest
@RecordApplicationEvents
class CaseMeetingAccessTest {

    private static final LocalDate NEXT_WEEK = LocalDate.now().plusDays(7);

    @Autowired
    private CaseService cases;

    @Autowired
    private ConsentService consents;

    @Autowired
    private CaseMeetingAccess meetingAccess;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private ApplicationEvents events;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aNamedCaseWithConsentToDiscussMayBeSubmitted() {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("M.A."), consentFor(Discipline.MIDWIFE));
        AgendaCase submitted = meetingAccess.checkSubmission(created.caseNumber(), NEXT_WEEK);
        assertThat(submitted.anonymous()).isFalse();
        assertThat(submitted.municipalityCode()).isEqualTo("GM0202");
    }

    @Test
    void aWithdrawnConsentRefusesTheSubmissionAndSaysWhy() {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("M.B."), consentFor(Discipline.MIDWIFE));
        consents.withdraw(created.caseNumber(), created.version(), created.consents().getFirst().id(), null);
        assertThatThrownBy(() -> meetingAccess.checkSubmission(created.caseNumber(), NEXT_WEEK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("agenda.consent-withdrawn"));
        assertThat(meetingAccess.mayBeDiscussedOn(created.caseNumber(), NEXT_WEEK)).isFalse();
        assertThat(events.stream(ConsentWithdrawn.class))
                .contains(new ConsentWithdrawn(created.caseNumber(), LocalDate.now()));
    }

    @Test
    void aConsentEndingBeforeTheMeetingDateRefusesTheSubmission() {
        signedIn.as("verloskundige");
        ConsentDraft shortLived = new ConsentDraft(LegalBasis.CONSENT, LocalDate.now(), ConsentForm.WRITTEN,
                ConsentGiver.CLIENT, true, false, false, Set.of(Discipline.MIDWIFE), LocalDate.now().plusDays(2), null);
        CaseDetails created = cases.register(pregnancy("M.C."), shortLived);
        assertThat(meetingAccess.mayBeDiscussedOn(created.caseNumber(), LocalDate.now().plusDays(1))).isTrue();
        assertThatThrownBy(() -> meetingAccess.checkSubmission(created.caseNumber(), NEXT_WEEK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("agenda.consent-expired"));
    }

    @Test
    void aConsentThatDoesNotCoverMeetingsRefusesTheSubmission() {
        signedIn.as("verloskundige");
        ConsentDraft noMeetings = new ConsentDraft(LegalBasis.CONSENT, LocalDate.now(), ConsentForm.WRITTEN,
                ConsentGiver.CLIENT, false, false, true, Set.of(Discipline.MIDWIFE), null, null);
        CaseDetails created = cases.register(pregnancy("M.D."), noMeetings);
        assertThatThrownBy(() -> meetingAccess.checkSubmission(created.caseNumber(), NEXT_WEEK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("agenda.consent-not-for-meetings"));
    }

    @Test
    void anAnonymousCaseMayAlwaysBeSubmittedButOnlyByItsCareTeam() {
        signedIn.as("wijkteam");
        CaseDetails created = cases.register(anonymous(), null);
        assertThat(meetingAccess.checkSubmission(created.caseNumber(), NEXT_WEEK).anonymous()).isTrue();
        signedIn.as("huisarts");
        assertThatThrownBy(() -> meetingAccess.checkSubmission(created.caseNumber(), NEXT_WEEK))
                .isInstanceOf(CaseNotAccessibleException.class);
    }

    @Test
    void aParticipantOutsideTheConsentedDisciplinesSeesTheCaseAnonymisedWithoutItsQuestion() {
        MeetingScenarios.Running meeting = scenarios.running("M.E.", "huisarts", "jgz");
        LocalDate date = meeting.meeting().startsAt().toLocalDate();

        signedIn.as("jgz");
        MeetingCaseSummary forJgz = meetingAccess.summaryForParticipant(meeting.caseNumber(), meeting.meeting().id(),
                date, "MDO-1");
        assertThat(forJgz.anonymised()).isFalse();
        assertThat(forJgz.initials()).isEqualTo("M.E.");

        signedIn.as("huisarts");
        MeetingCaseSummary forGp = meetingAccess.summaryForParticipant(meeting.caseNumber(), meeting.meeting().id(),
                date, "MDO-1");
        assertThat(forGp.anonymised()).isTrue();
        assertThat(forGp.initials()).isNull();
        assertThat(forGp.expectedDueDate()).isNull();
        assertThat(forGp.question()).isNull();
        assertThat(forGp.factors()).isEmpty();
    }
}
