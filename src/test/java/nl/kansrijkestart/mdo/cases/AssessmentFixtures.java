package nl.kansrijkestart.mdo.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import org.jspecify.annotations.Nullable;

/** Valid instrument results to start a test from, on the versions the catalogue ships. */
final class AssessmentFixtures {

    private AssessmentFixtures() {}

    /** An R4U version 2 result: the given domains signalled, all others not. */
    static AssessmentDraft r4u(InstrumentCatalogue catalogue, Map<String, Integer> signalled) {
        InstrumentVersionSummary r4u = version(catalogue, "R4U", "2");
        Map<String, Integer> values = flags(r4u, 0);
        values.putAll(signalled);
        return draft(r4u, values, null);
    }

    static AssessmentDraft draft(@Nullable InstrumentVersionSummary version, Map<String, Integer> values,
            @Nullable Integer total) {
        return new AssessmentDraft(version == null ? null : version.id(), LocalDate.now().minusDays(3),
                Respondent.CLIENT, "Marieke de Vries", values, total, ReportedRiskLevel.INCREASED,
                "Verwijzen naar het sociaal wijkteam.", true);
    }

    /** Every domain of the version with the same value; a mutable map to change from there. */
    static Map<String, Integer> flags(InstrumentVersionSummary version, int value) {
        Map<String, Integer> values = new HashMap<>();
        version.domains().forEach(domain -> values.put(domain.code(), value));
        return values;
    }

    static InstrumentVersionSummary version(InstrumentCatalogue catalogue, String code, String label) {
        return catalogue.instruments().stream().filter(i -> i.code().equals(code))
                .flatMap(i -> i.versions().stream()).filter(v -> v.label().equals(label)).findFirst().orElseThrow();
    }
}
