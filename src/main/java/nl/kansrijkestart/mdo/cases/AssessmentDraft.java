package nl.kansrijkestart.mdo.cases;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An instrument result as a professional enters it.
 *
 * @param instrumentVersionId the catalogue version that was filled in
 * @param administeredBy the professional who administered the instrument
 * @param domainValues per domain code: 0 or 1 for a flag, a number within the range for a score
 * @param total only for a version with a total score
 * @param reportedRiskLevel as the instrument or the professional reported it, never computed
 */
public record AssessmentDraft(
        @Nullable Long instrumentVersionId,
        @Nullable LocalDate administeredOn,
        @Nullable Respondent respondent,
        @Nullable String administeredBy,
        Map<String, @Nullable Integer> domainValues,
        @Nullable Integer total,
        @Nullable ReportedRiskLevel reportedRiskLevel,
        @Nullable String suggestedCarePathway,
        boolean discussedWithClient) {

    public AssessmentDraft {
        // Map.copyOf refuses null values, and a domain left empty must reach the checks as null.
        domainValues = Collections.unmodifiableMap(new LinkedHashMap<>(domainValues));
    }
}
