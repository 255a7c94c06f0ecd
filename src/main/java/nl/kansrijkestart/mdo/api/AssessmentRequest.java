package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Map;
import nl.kansrijkestart.mdo.cases.AssessmentDraft;
import nl.kansrijkestart.mdo.cases.ReportedRiskLevel;
import nl.kansrijkestart.mdo.cases.Respondent;
import org.jspecify.annotations.Nullable;

/**
 * One administration of a signalling instrument, as a signalling platform pushes it. Domain values
 * are keyed by the domain codes of the instrument version (0/1 for a flag); the risk level is the
 * one the instrument or professional reported — the application never computes it.
 */
@Schema(description = "An instrument result. domainValues are keyed by the version's domain codes.")
record AssessmentRequest(
        long instrumentVersionId,
        LocalDate administeredOn,
        Respondent respondent,
        @Nullable String administeredBy,
        @Nullable Map<String, @Nullable Integer> domainValues,
        @Nullable Integer total,
        ReportedRiskLevel reportedRiskLevel,
        @Nullable String suggestedCarePathway,
        boolean discussedWithClient,
        @Schema(description = "Only for a correction: why the earlier result is replaced") @Nullable String correctionReason) {

    AssessmentDraft draft() {
        return new AssessmentDraft(instrumentVersionId, administeredOn, respondent, administeredBy,
                domainValues == null ? Map.of() : domainValues, total, reportedRiskLevel, suggestedCarePathway,
                discussedWithClient);
    }
}
