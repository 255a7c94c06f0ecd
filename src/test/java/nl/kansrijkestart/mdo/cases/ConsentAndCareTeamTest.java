package nl.kansrijkestart.mdo.cases;

import static nl.kansrijkestart.mdo.cases.CaseFixtures.anonymous;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.consentFor;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.pregnancy;
import static nl.kansrijkestart.mdo.cases.CaseServiceTest.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.UserAdminService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.MessageKey;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The consent gate on sharing, and the rules of care team and contact person. */
@IntegrationTest
@RecordApplicationEvents
class ConsentAndCareTeamTest {

    @Autowired
    private CaseService cases;

    @Autowired
    private ConsentService consents;

    @Autowired
    private CareTeamService careTeam;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private UserAdminService admin;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private ApplicationEvents events;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aProfessionalOfAConsentedDisciplineJoinsTheCareTeamAndCanThenOpenTheCase() {
        CaseDetails created = asMidwife(consentFor(Discipline.MIDWIFE, Discipline.SOCIAL_TEAM));
        CaseDetails withTeam = careTeam.addMember(created.caseNumber(), created.version(), idOf("wijkteam"));
        assertThat(withTeam.careTeam()).extracting(CaseDetails.TeamMember::name).contains("Sevda Yilmaz");

        signedIn.as("wijkteam");
        assertThat(cases.open(created.caseNumber()).caseNumber()).isEqualTo(created.caseNumber());

        signedIn.as("verloskundige");
        CaseDetails current = cases.open(created.caseNumber());
        careTeam.removeMember(current.caseNumber(), current.version(), idOf("wijkteam"));
        signedIn.as("wijkteam");
        assertThatThrownBy(() -> cases.open(created.caseNumber())).isInstanceOf(CaseNotAccessibleException.class);
    }

    @Test
    void aDisciplineOutsideTheConsentIsRefusedAndTheRefusalNamesIt() {
        CaseDetails created = asMidwife(consentFor(Discipline.MIDWIFE));
        assertThatThrownBy(() -> careTeam.addMember(created.caseNumber(), created.version(), idOf("huisarts")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(keys(refused)).containsExactly("care-team.discipline-not-consented");
                    assertThat(refused.problems().getFirst().arguments())
                            .containsExactly(new MessageKey("discipline.GP"));
                });
    }

    @Test
    void aWithdrawnConsentBlocksNewSharingWithAReason() {
        CaseDetails created = asMidwife(consentFor(Discipline.MIDWIFE, Discipline.GP));
        CaseDetails withdrawn = consents.withdraw(created.caseNumber(), created.version(),
                created.consents().getFirst().id(), null);
        assertThat(withdrawn.consentState()).isEqualTo(ConsentState.WITHDRAWN);
        assertThat(withdrawn.consents().getFirst().withdrawnBy()).isEqualTo("Marieke de Vries");
        assertThatThrownBy(() -> careTeam.addMember(created.caseNumber(), withdrawn.version(), idOf("huisarts")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("care-team.no-consent.WITHDRAWN"));
        assertThatThrownBy(() -> consents.withdraw(created.caseNumber(), withdrawn.version(),
                created.consents().getFirst().id(), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("consent.already-withdrawn"));
    }

    @Test
    void anExpiredConsentBlocksNewSharing() {
        ConsentDraft ended = new ConsentDraft(LegalBasis.CONSENT, LocalDate.now().minusDays(30), ConsentForm.VERBAL,
                ConsentGiver.CLIENT, true, false, false, Set.of(Discipline.MIDWIFE, Discipline.GP),
                LocalDate.now().minusDays(1), null);
        CaseDetails created = asMidwife(ended);
        assertThat(created.consentState()).isEqualTo(ConsentState.EXPIRED);
        assertThatThrownBy(() -> careTeam.addMember(created.caseNumber(), created.version(), idOf("huisarts")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("care-team.no-consent.EXPIRED"));
    }

    @Test
    void anotherLegalBasisNeedsAWrittenJustificationAndIsMarkedInTheAccessLog() {
        CaseDetails created = asMidwife(consentFor(Discipline.MIDWIFE));
        ConsentDraft unjustified = new ConsentDraft(LegalBasis.CONFLICT_OF_DUTIES, LocalDate.now(), null, null, true,
                false, false, Set.of(Discipline.SOCIAL_TEAM), null, "te kort");
        assertThatThrownBy(() -> consents.record(created.caseNumber(), created.version(), unjustified))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("consent.justification.required"));

        ConsentDraft justified = new ConsentDraft(LegalBasis.CONFLICT_OF_DUTIES, LocalDate.now(), null, null, true,
                false, false, Set.of(Discipline.SOCIAL_TEAM), null,
                "Acuut gevaar voor het ongeboren kind; overleg met wijkteam noodzakelijk.");
        CaseDetails recorded = consents.record(created.caseNumber(), created.version(), justified);
        assertThat(recorded.consents().getFirst().basis()).isEqualTo(LegalBasis.CONFLICT_OF_DUTIES);
        assertThat(recorded.consents().getFirst().justification()).startsWith("Acuut gevaar");
        assertThat(events.stream(AuditEvent.class).filter(e -> created.caseNumber().equals(e.caseNumber())))
                .anySatisfy(e -> assertThat(e.checks()).contains("legal-basis:CONFLICT_OF_DUTIES"));
    }

    @Test
    void anAnonymousCaseCannotRecordConsent() {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(anonymous(), null);
        assertThatThrownBy(() -> consents.record(created.caseNumber(), created.version(),
                consentFor(Discipline.MIDWIFE)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("consent.anonymous-case"));
    }

    @Test
    void thereIsAlwaysExactlyOneContactPersonFromTheCareTeamWithHistory() {
        CaseDetails created = asMidwife(consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        assertThatThrownBy(() -> careTeam.changeContactPerson(created.caseNumber(), created.version(),
                idOf("voorzitter")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("care-team.assign-not-member"));
        CaseDetails withJgz = careTeam.addMember(created.caseNumber(), created.version(), idOf("voorzitter"));
        CaseDetails handedOver = careTeam.changeContactPerson(created.caseNumber(), withJgz.version(),
                idOf("voorzitter"));

        assertThat(handedOver.contactPerson().name()).isEqualTo("Vera Voorzitter");
        assertThat(handedOver.contactHistory())
                .filteredOn(a -> a.role() == CaseDetails.Assignment.Role.CONTACT_PERSON)
                .hasSize(2)
                .filteredOn(a -> a.until() == null).hasSize(1);
        assertThatThrownBy(() -> careTeam.removeMember(created.caseNumber(), handedOver.version(), idOf("voorzitter")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("care-team.remove-contact-person"));
    }

    @Test
    void aCaseDirectorCanBeSetAndCleared() {
        CaseDetails created = asMidwife(consentFor(Discipline.MIDWIFE, Discipline.SOCIAL_TEAM));
        CaseDetails withTeam = careTeam.addMember(created.caseNumber(), created.version(), idOf("wijkteam"));
        CaseDetails directed = careTeam.setCaseDirector(created.caseNumber(), withTeam.version(), idOf("wijkteam"));
        assertThat(directed.caseDirector().name()).isEqualTo("Sevda Yilmaz");
        CaseDetails cleared = careTeam.setCaseDirector(created.caseNumber(), directed.version(), null);
        assertThat(cleared.caseDirector()).isNull();
    }

    @Test
    void aDisabledAccountCannotJoinACareTeam() {
        signedIn.as("admin");
        long disabled = admin.findUsers("uitgeschakeld", PageRequest.of(0, 5)).getFirst().id();
        CaseDetails created = asMidwife(consentFor(Discipline.MIDWIFE, Discipline.SOCIAL_TEAM));
        assertThat(careTeam.candidates("")).extracting(CurrentUser::username)
                .doesNotContain("uitgeschakeld", "coordinator", "admin")
                .contains("wijkteam");
        assertThatThrownBy(() -> careTeam.addMember(created.caseNumber(), created.version(), disabled))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("care-team.unknown-user"));
    }

    private CaseDetails asMidwife(ConsentDraft consent) {
        signedIn.as("verloskundige");
        return cases.register(pregnancy("W.X."), consent);
    }

    private long idOf(String username) {
        return users.enabledProfessionals(username, 5).stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow().id();
    }
}
