package nl.kansrijkestart.mdo.cases;

import static nl.kansrijkestart.mdo.cases.AssessmentFixtures.draft;
import static nl.kansrijkestart.mdo.cases.AssessmentFixtures.flags;
import static nl.kansrijkestart.mdo.cases.AssessmentFixtures.r4u;
import static nl.kansrijkestart.mdo.cases.AssessmentFixtures.version;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.anonymous;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.consentFor;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.pregnancy;
import static nl.kansrijkestart.mdo.cases.CaseServiceTest.fields;
import static nl.kansrijkestart.mdo.cases.CaseServiceTest.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Recording instrument results: checked against the catalogue, only by the care team, logged. */
@IntegrationTest
@RecordApplicationEvents
class AssessmentServiceTest {

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private CaseService cases;

    @Autowired
    private InstrumentCatalogue catalogue;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private ApplicationEvents events;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aValidR4uResultIsStoredWithItsValuePerDomainAndRaisesTheCaseVersion() {
        CaseDetails created = asMidwife("AA.");
        CaseDetails recorded = assessments.record(created.caseNumber(), created.version(),
                r4u(catalogue, Map.of("MENTAAL_WELZIJN", 1, "WERK_INKOMEN", 1)));

        assertThat(recorded.version()).isGreaterThan(created.version());
        CaseDetails.Assessment result = cases.open(created.caseNumber()).assessments().getFirst();
        assertThat(result.instrumentCode()).isEqualTo("R4U");
        assertThat(result.instrumentName()).isEqualTo("R4U (Ready for You)");
        assertThat(result.versionLabel()).isEqualTo("2");
        assertThat(result.validated()).isTrue();
        assertThat(result.domainValues()).hasSize(8)
                .contains(entry("MENTAAL_WELZIJN", 1), entry("WERK_INKOMEN", 1), entry("GEZINSSITUATIE", 0));
        assertThat(result.total()).isNull();
        assertThat(result.reportedRiskLevel()).isEqualTo(ReportedRiskLevel.INCREASED);
        assertThat(result.recordedBy()).isEqualTo("Marieke de Vries");
        assertThat(result.replaced()).isFalse();
        assertThat(recorded.timeline().getFirst()).satisfies(entry -> {
            assertThat(entry.messageKey()).isEqualTo("timeline.assessment-recorded");
            assertThat(entry.arguments()).containsExactly("R4U (Ready for You)", "2");
        });
    }

    @Test
    void anOutOfRangeScoreIsRefusedAtItsDomainAndNothingIsStored() {
        CaseDetails created = asMidwife("AB.");
        Map<String, Integer> values = flags(version(catalogue, "GM-SIGNALERING", "1"), 0);
        values.put("ERVAREN_STRESS", 11);
        AssessmentDraft tooHigh = draft(version(catalogue, "GM-SIGNALERING", "1"), values, 3);

        assertThatThrownBy(() -> assessments.record(created.caseNumber(), created.version(), tooHigh))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("domain.ERVAREN_STRESS");
                        assertThat(problem.messageKey()).isEqualTo("instrument.value.out-of-range");
                        assertThat(problem.arguments()).containsExactly(0, 10);
                    });
                });
        CaseDetails after = cases.open(created.caseNumber());
        assertThat(after.assessments()).isEmpty();
        assertThat(after.version()).isEqualTo(created.version());
    }

    @Test
    void aValueForADomainTheVersionDoesNotHaveIsRefused() {
        CaseDetails created = asMidwife("AC.");
        Map<String, Integer> values = flags(version(catalogue, "R4U", "2"), 0);
        values.put("ONBEKEND", 1);
        assertThatThrownBy(() -> assessments.record(created.caseNumber(), created.version(),
                draft(version(catalogue, "R4U", "2"), values, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(fields(refused)).containsExactly("domain.ONBEKEND");
                    assertThat(keys(refused)).containsExactly("instrument.value.unknown-domain");
                });
        assertThat(cases.open(created.caseNumber()).assessments()).isEmpty();
    }

    @Test
    void missingAndImplausibleFieldsAreReportedTogetherWithTheCatalogueProblems() {
        CaseDetails created = asMidwife("AD.");
        Map<String, Integer> incomplete = flags(version(catalogue, "R4U", "2"), 0);
        incomplete.remove("LEEFSTIJL");
        AssessmentDraft wrong = new AssessmentDraft(version(catalogue, "R4U", "2").id(), LocalDate.now().plusDays(1), null, " ",
                incomplete, 4, null, "x".repeat(501), false);
        assertThatThrownBy(() -> assessments.record(created.caseNumber(), created.version(), wrong))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(fields(refused))
                        .containsExactlyInAnyOrder("administeredOn", "respondent", "administeredBy",
                                "reportedRiskLevel", "suggestedCarePathway", "domain.LEEFSTIJL", "total"));
        AssessmentDraft old = new AssessmentDraft(version(catalogue, "R4U", "2").id(), LocalDate.now().minusYears(2).minusDays(1),
                Respondent.CLIENT, "Marieke de Vries", flags(version(catalogue, "R4U", "2"), 0), null,
                ReportedRiskLevel.LOW, null, true);
        assertThatThrownBy(() -> assessments.record(created.caseNumber(), created.version(), old))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("assessment.administered-on.old"));
        assertThatThrownBy(() -> assessments.record(created.caseNumber(), created.version(),
                draft(null, Map.of(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(fields(refused)).containsExactly("instrumentVersion"));
    }

    @Test
    void aProfessionalOutsideTheCareTeamCannotRecordAResultAndTheAttemptIsLogged() {
        CaseDetails created = asMidwife("AG.");
        signedIn.as("huisarts");
        assertThatThrownBy(() -> assessments.record(created.caseNumber(), created.version(), r4u(catalogue, Map.of())))
                .isInstanceOf(CaseNotAccessibleException.class);
        assertThat(audit(created.caseNumber())).filteredOn(e -> e.outcome() == AuditOutcome.DENIED).singleElement()
                .satisfies(denied -> {
                    assertThat(denied.actor().username()).isEqualTo("huisarts");
                    assertThat(denied.object()).isEqualTo("assessment");
                });
    }

    @ParameterizedTest(name = "{0} cannot record or correct results")
    @ValueSource(strings = {"coordinator", "admin"})
    void coordinatorsAndAdministratorsNeverRecordResults(String username) {
        CaseDetails created = asMidwife("AH.");
        AssessmentDraft draft = r4u(catalogue, Map.of());
        signedIn.as(username);
        assertThatThrownBy(() -> assessments.record(created.caseNumber(), created.version(), draft))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.correct(created.caseNumber(), created.version(), 1L, draft, "Reden"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anErasedCaseAndAnAnonymousCaseTakeNoResults() {
        CaseDetails created = asMidwife("AI.");
        CaseDetails erased = cases.erase(created.caseNumber(), created.version(), "Verzoek van de cliënt");
        assertThatThrownBy(() -> assessments.record(erased.caseNumber(), erased.version(), r4u(catalogue, Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("case.erased"));
        CaseDetails anonymousCase = cases.register(anonymous(), null);
        assertThatThrownBy(() -> assessments.record(anonymousCase.caseNumber(), anonymousCase.version(),
                r4u(catalogue, Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("assessment.anonymous-case"));
    }

    @Test
    void aResultBasedOnAnOldVersionOfTheCaseIsRefused() {
        CaseDetails created = asMidwife("AK.");
        assessments.record(created.caseNumber(), created.version(), r4u(catalogue, Map.of()));
        assertThatThrownBy(() -> assessments.record(created.caseNumber(), created.version(), r4u(catalogue, Map.of())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(cases.open(created.caseNumber()).assessments()).hasSize(1);
    }

    @Test
    void everyRecordCorrectionAndReadIsLogged() {
        CaseDetails created = asMidwife("AL.");
        CaseDetails recorded = assessments.record(created.caseNumber(), created.version(), r4u(catalogue, Map.of()));
        assessments.correct(created.caseNumber(), recorded.version(), recorded.assessments().getFirst().id(),
                r4u(catalogue, Map.of("LEEFSTIJL", 1)), "Leefstijl alsnog gesignaleerd.");
        cases.open(created.caseNumber());
        assertThat(audit(created.caseNumber()))
                .filteredOn(e -> e.outcome() == AuditOutcome.SUCCESS && !e.object().equals("case-list"))
                .extracting(AuditEvent::action, AuditEvent::object)
                .containsSubsequence(tuple(AuditAction.CREATE, "assessment"), tuple(AuditAction.UPDATE, "assessment"),
                        tuple(AuditAction.READ, "case"));
        assertThat(audit(created.caseNumber())).filteredOn(e -> e.object().equals("assessment"))
                .allSatisfy(e -> assertThat(e.checks()).contains("care-team"));
    }

    private CaseDetails asMidwife(String initials) {
        signedIn.as("verloskundige");
        return cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE));
    }

    private List<AuditEvent> audit(String caseNumber) {
        return events.stream(AuditEvent.class).filter(e -> caseNumber.equals(e.caseNumber())).toList();
    }
}
