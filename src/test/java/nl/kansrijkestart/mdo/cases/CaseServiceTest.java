package nl.kansrijkestart.mdo.cases;

import static nl.kansrijkestart.mdo.cases.CaseFixtures.anonymous;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.consentFor;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.family;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class CaseServiceTest {

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
    void aProfessionalRegistersANamedCaseAndBecomesItsContactPersonAndCareTeam() {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("A.B."), consentFor(Discipline.MIDWIFE, Discipline.JGZ));

        assertThat(created.caseNumber()).matches("KS-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(created.initials()).isEqualTo("A.B.");
        assertThat(created.consentState()).isEqualTo(ConsentState.ACTIVE);
        assertThat(created.careTeam()).extracting(CaseDetails.TeamMember::name).containsExactly("Marieke de Vries");
        assertThat(created.contactPerson()).isNotNull();
        assertThat(created.contactPerson().name()).isEqualTo("Marieke de Vries");
        assertThat(audit(created.caseNumber())).extracting(AuditEvent::action, AuditEvent::outcome)
                .contains(tuple(AuditAction.CREATE, AuditOutcome.SUCCESS));
    }

    @Test
    void anAnonymousCaseKeepsNoIdentifyingDataAndNeedsNoConsent() {
        signedIn.as("wijkteam");
        CaseDetails created = cases.register(anonymous(), null);
        assertThat(created.anonymous()).isTrue();
        assertThat(created.initials()).isNull();
        assertThat(created.consentState()).isEqualTo(ConsentState.ANONYMOUS);
        assertThat(created.consents()).isEmpty();
    }

    @Test
    void anAnonymousCaseWithIdentifyingFieldsIsRefused() {
        signedIn.as("wijkteam");
        CaseDraft leaky = new CaseDraft(CaseType.PREGNANCY, true, "X.Y.", null, null, null, "GM0202", null,
                "Vraag", Set.of());
        assertThatThrownBy(() -> cases.register(leaky, null)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(keys(refused)).containsExactly("case.anonymous.identifying"));
    }

    @Test
    void aNamedCaseWithoutConsentIsRefused() {
        signedIn.as("verloskundige");
        assertThatThrownBy(() -> cases.register(pregnancy("C.D."), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("case.consent.required"));
    }

    @Test
    void implausibleDatesAndMalformedFieldsAreRefusedFieldByField() {
        signedIn.as("verloskundige");
        CaseDraft wrong = new CaseDraft(CaseType.PREGNANCY, false, "Jan Jansen", LocalDate.now().getYear() - 5,
                LocalDate.now().plusMonths(11), null, "GM9999", "123", "x".repeat(2001), Set.of());
        assertThatThrownBy(() -> cases.register(wrong, consentFor(Discipline.MIDWIFE)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(fields(refused))
                        .containsExactlyInAnyOrder("initials", "parentBirthYear", "expectedDueDate", "municipality",
                                "postcodeArea", "question"));
        CaseDraft oldChild = new CaseDraft(CaseType.FAMILY, false, "E.F.", 1990, null,
                LocalDate.now().minusYears(5), "GM0202", null, "Vraag", Set.of());
        assertThatThrownBy(() -> cases.register(oldChild, consentFor(Discipline.MIDWIFE)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("case.child-birth-date.invalid"));
    }

    @ParameterizedTest(name = "{0} cannot reach case data")
    @ValueSource(strings = {"coordinator", "admin"})
    void coordinatorsAndAdministratorsNeverReachCaseContent(String username) {
        signedIn.as("verloskundige");
        String number = cases.register(pregnancy("G.H."), consentFor(Discipline.MIDWIFE)).caseNumber();
        signedIn.as(username);
        assertThatThrownBy(() -> cases.open(number)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.myCases(CaseFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.register(anonymous(), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aProfessionalOutsideTheCareTeamGetsTheSameAnswerAsForAnUnknownCaseAndIsLogged() {
        signedIn.as("verloskundige");
        String number = cases.register(pregnancy("I.J."), consentFor(Discipline.MIDWIFE)).caseNumber();
        signedIn.as("huisarts");
        assertThatThrownBy(() -> cases.open(number)).isInstanceOf(CaseNotAccessibleException.class);
        assertThatThrownBy(() -> cases.open("KS-0000-0000")).isInstanceOf(CaseNotAccessibleException.class);
        assertThat(audit(number)).filteredOn(e -> e.outcome() == AuditOutcome.DENIED).singleElement()
                .satisfies(denied -> {
                    assertThat(denied.actor().username()).isEqualTo("huisarts");
                    assertThat(denied.actor().discipline()).isEqualTo("GP");
                    assertThat(denied.action()).isEqualTo(AuditAction.READ);
                });
    }

    @Test
    void everyReadOfACaseIsLogged() {
        signedIn.as("gynaecoloog");
        String number = cases.register(pregnancy("K.L."), consentFor(Discipline.OBSTETRICIAN)).caseNumber();
        cases.open(number);
        cases.open(number);
        assertThat(audit(number)).filteredOn(e -> e.action() == AuditAction.READ && e.outcome() == AuditOutcome.SUCCESS)
                .hasSize(2)
                .allSatisfy(read -> assertThat(read.checks()).contains("care-team"));
    }

    @Test
    void myCasesListsOnlyTheCasesOnMyCareTeamAndFilters() {
        signedIn.as("psychiater");
        String urgent = cases.register(new CaseDraft(CaseType.PREGNANCY, false, "M.N.", 1995,
                LocalDate.now().plusMonths(2), null, "GM0202", null, "Acute zorgen.",
                Set.of(Factor.ACUTE_PSYCHIATRIC_PROBLEMS)), consentFor(Discipline.PSYCHIATRY)).caseNumber();
        String familyCase = cases.register(family("O.P."), consentFor(Discipline.PSYCHIATRY)).caseNumber();
        signedIn.as("kinderarts");
        cases.register(family("Q.R."), consentFor(Discipline.PAEDIATRICS));

        signedIn.as("psychiater");
        assertThat(numbers(CaseFilter.none())).contains(urgent, familyCase).hasSize(cases.countMyCases(CaseFilter.none()));
        assertThat(numbers(new CaseFilter(null, null, null, true, null, null))).contains(urgent).doesNotContain(familyCase);
        assertThat(numbers(new CaseFilter(CaseType.FAMILY, null, null, false, null, null))).contains(familyCase)
                .doesNotContain(urgent);
        assertThat(numbers(new CaseFilter(null, null, null, false, null, "o.p"))).containsExactly(familyCase);
        assertThat(cases.myCases(CaseFilter.none(), PageRequest.of(0, 50)))
                .extracting(CaseListItem::initials).doesNotContain("Q.R.");
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedNamingWhoChangedIt() {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("S.T."), consentFor(Discipline.MIDWIFE));
        cases.update(created.caseNumber(), created.version(), pregnancy("S.T.V."));
        assertThatThrownBy(() -> cases.update(created.caseNumber(), created.version(), pregnancy("S.X.")))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        refused -> assertThat(refused.changedBy()).isEqualTo("Marieke de Vries"));
        assertThat(cases.open(created.caseNumber()).initials()).isEqualTo("S.T.V.");
    }

    @Test
    void erasureRemovesIdentifyingDataAndFreeTextButKeepsTheCaseShell() {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("U.V."), consentFor(Discipline.MIDWIFE));
        assertThatThrownBy(() -> cases.erase(created.caseNumber(), created.version(), " "))
                .isInstanceOf(InvalidInputException.class);
        CaseDetails erased = cases.erase(created.caseNumber(), created.version(), "Verzoek cliënt (AVG art. 17)");
        assertThat(erased.erased()).isTrue();
        assertThat(erased.initials()).isNull();
        assertThat(erased.parentBirthYear()).isNull();
        assertThat(erased.expectedDueDate()).isNull();
        assertThat(erased.postcodeArea()).isNull();
        assertThat(erased.question()).isNull();
        assertThat(erased.type()).isEqualTo(CaseType.PREGNANCY);
        assertThat(erased.municipalityCode()).isEqualTo("GM0202");
        assertThatThrownBy(() -> cases.update(erased.caseNumber(), erased.version(), pregnancy("U.V.")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("case.erased"));
    }

    private List<String> numbers(CaseFilter filter) {
        return cases.myCases(filter, PageRequest.of(0, 100)).stream().map(CaseListItem::caseNumber).toList();
    }

    private List<AuditEvent> audit(String caseNumber) {
        return events.stream(AuditEvent.class).filter(e -> caseNumber.equals(e.caseNumber())).toList();
    }

    static List<String> keys(InvalidInputException refused) {
        return refused.problems().stream().map(InvalidInputException.FieldProblem::messageKey).toList();
    }

    static List<String> fields(InvalidInputException refused) {
        return refused.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
    }
}
