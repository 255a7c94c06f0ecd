package nl.kansrijkestart.mdo.cases;

import static nl.kansrijkestart.mdo.cases.AssessmentFixtures.draft;
import static nl.kansrijkestart.mdo.cases.AssessmentFixtures.r4u;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.consentFor;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.pregnancy;
import static nl.kansrijkestart.mdo.cases.CaseServiceTest.fields;
import static nl.kansrijkestart.mdo.cases.CaseServiceTest.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.reference.DomainDraft;
import nl.kansrijkestart.mdo.reference.DomainValueType;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.InstrumentDraft;
import nl.kansrijkestart.mdo.reference.InstrumentVersionDraft;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Results are never changed: a correction is a new version, and only erasure clears their free text. */
@IntegrationTest
class AssessmentCorrectionTest {

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private CaseService cases;

    @Autowired
    private InstrumentCatalogue catalogue;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aCorrectionIsANewVersionWithItsReasonAndTheReplacedResultStaysAsItWas() {
        CaseDetails created = asMidwife("AE.");
        CaseDetails recorded = assessments.record(created.caseNumber(), created.version(),
                r4u(catalogue, Map.of("LEEFSTIJL", 1)));
        // As stored: the database keeps timestamps to the microsecond.
        CaseDetails.Assessment original = cases.open(created.caseNumber()).assessments().getFirst();

        assertThatThrownBy(() -> assessments.correct(created.caseNumber(), recorded.version(), original.id(),
                r4u(catalogue, Map.of("MENTAAL_WELZIJN", 1)), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(fields(refused)).containsExactly("reason"));
        CaseDetails corrected = assessments.correct(created.caseNumber(), recorded.version(), original.id(),
                r4u(catalogue, Map.of("MENTAAL_WELZIJN", 1)), "Domein verwisseld bij het invoeren.");

        assertThat(corrected.assessments()).hasSize(2);
        CaseDetails.Assessment correction = corrected.assessments().stream()
                .filter(a -> a.id() != original.id()).findFirst().orElseThrow();
        CaseDetails.Assessment replaced = corrected.assessments().stream()
                .filter(a -> a.id() == original.id()).findFirst().orElseThrow();
        assertThat(correction.supersedesId()).isEqualTo(original.id());
        assertThat(correction.correctionReason()).isEqualTo("Domein verwisseld bij het invoeren.");
        assertThat(correction.domainValues()).contains(entry("MENTAAL_WELZIJN", 1), entry("LEEFSTIJL", 0));
        assertThat(replaced.replacedById()).isEqualTo(correction.id());
        assertThat(replaced).usingRecursiveComparison().ignoringFields("replacedById").isEqualTo(original);
        assertThat(corrected.timeline().getFirst().messageKey()).isEqualTo("timeline.assessment-corrected");
        assertThatThrownBy(() -> assessments.correct(created.caseNumber(), corrected.version(), original.id(),
                r4u(catalogue, Map.of()), "Nog een keer"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("assessment.already-replaced"));
    }

    @Test
    void aVersionTakenOutOfUseTakesNoNewResultsButItsOwnResultsCanStillBeCorrected() {
        signedIn.as("admin");
        long instrumentId = catalogue.createInstrument(new InstrumentDraft("TEST-UIT-GEBRUIK", "Lijst uit gebruik",
                false, null)).id();
        InstrumentVersionSummary version = catalogue.addVersion(instrumentId, new InstrumentVersionDraft("1", false,
                null, null, List.of(new DomainDraft("ZORGEN", "Zorgen", DomainValueType.FLAG, null, null))));
        CaseDetails created = asMidwife("AF.");
        CaseDetails recorded = assessments.record(created.caseNumber(), created.version(),
                draft(version, Map.of("ZORGEN", 0), null));
        jdbc.update("update instrument_version set active = false where id = ?", version.id());

        assertThatThrownBy(() -> assessments.record(created.caseNumber(), recorded.version(),
                draft(version, Map.of("ZORGEN", 1), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(fields(refused)).containsExactly("instrumentVersion");
                    assertThat(keys(refused)).containsExactly("assessment.instrument-version.inactive");
                });
        CaseDetails corrected = assessments.correct(created.caseNumber(), recorded.version(),
                recorded.assessments().getFirst().id(), draft(version, Map.of("ZORGEN", 1), null), "Zorgen gemist.");
        assertThat(corrected.assessments()).hasSize(2);
    }

    @Test
    void erasureClearsTheFreeTextOfResultsButKeepsTheirValues() {
        CaseDetails created = asMidwife("AJ.");
        CaseDetails recorded = assessments.record(created.caseNumber(), created.version(),
                r4u(catalogue, Map.of("HECHTING_OUDERSCHAP", 1)));
        CaseDetails erased = cases.erase(created.caseNumber(), recorded.version(), "Einde bewaartermijn");
        assertThat(erased.assessments()).singleElement().satisfies(result -> {
            assertThat(result.suggestedCarePathway()).isNull();
            assertThat(result.domainValues()).contains(entry("HECHTING_OUDERSCHAP", 1));
        });
    }

    private CaseDetails asMidwife(String initials) {
        signedIn.as("verloskundige");
        return cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE));
    }
}
