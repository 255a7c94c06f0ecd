package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.kansrijkestart.mdo.cases.AssessmentDraft;
import nl.kansrijkestart.mdo.cases.ReportedRiskLevel;
import nl.kansrijkestart.mdo.cases.Respondent;
import nl.kansrijkestart.mdo.cases.ScreeningResult;
import nl.kansrijkestart.mdo.cases.ScreeningResultService;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Screening results pushed in by a screening platform's service account (role SCREENING_PLATFORM)
 * on behalf of the professional named in {@code On-Behalf-Of}, who must be on the case's care team.
 * As JSON (the same fields as an instrument result) or as a FHIR R4 QuestionnaireResponse or
 * Observation. No
 * If-Match: a result is a new, immutable record that overwrites nothing, and a platform does not
 * read the case (it may not). The answer tells only that it was stored.
 */
@RestController
@Tag(name = "Screening results", description = "Instrument results pushed by a screening platform on behalf of a care-team member")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class ScreeningResultsApi {

    static final String FHIR_JSON = "application/fhir+json";
    private static final String PATH = "/api/v1/cases/{caseNumber}/screening-results";

    private final ScreeningResultService screening;
    private final InstrumentCatalogue catalogue;
    private final Clock clock;

    ScreeningResultsApi(ScreeningResultService screening, InstrumentCatalogue catalogue, Clock clock) {
        this.screening = screening;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @PostMapping(path = PATH, consumes = "application/json")
    @Operation(summary = "Push an instrument result on behalf of a care-team member (SCREENING_PLATFORM only); "
            + "also as a FHIR R4 QuestionnaireResponse or Observation (Content-Type application/fhir+json)")
    ResponseEntity<ScreeningResult> push(@PathVariable String caseNumber,
            @Parameter(description = "user name of the professional on the care team the platform acts for")
            @RequestHeader(name = "On-Behalf-Of", required = false) @Nullable String onBehalfOf,
            @RequestBody ScreeningResultRequest request) {
        return created(screening.push(caseNumber, onBehalfOf, request.draft()));
    }

    /** Only a screening platform's resource is parsed at all; the service checks the rest. */
    @PostMapping(path = PATH, consumes = FHIR_JSON)
    @PreAuthorize("hasRole('SCREENING_PLATFORM')")
    ResponseEntity<ScreeningResult> pushFhir(@PathVariable String caseNumber,
            @RequestHeader(name = "On-Behalf-Of", required = false) @Nullable String onBehalfOf,
            @RequestBody String resource) {
        AssessmentDraft draft = FhirScreeningResults.draft(resource, catalogue.instruments(), clock.getZone());
        return created(screening.push(caseNumber, onBehalfOf, draft));
    }

    private static ResponseEntity<ScreeningResult> created(ScreeningResult stored) {
        return ResponseEntity.status(HttpStatus.CREATED).body(stored);
    }

    @Schema(description = "An instrument result; domainValues keyed by the version's domain codes (0/1 for a flag)."
            + " administeredBy defaults to the professional acted for.")
    record ScreeningResultRequest(
            long instrumentVersionId,
            LocalDate administeredOn,
            Respondent respondent,
            @Nullable String administeredBy,
            @Nullable Map<String, @Nullable Integer> domainValues,
            @Nullable Integer total,
            ReportedRiskLevel reportedRiskLevel,
            @Nullable String suggestedCarePathway,
            boolean discussedWithClient) {

        AssessmentDraft draft() {
            return new AssessmentDraft(instrumentVersionId, administeredOn, respondent, administeredBy,
                    domainValues == null ? Map.of() : domainValues, total, reportedRiskLevel, suggestedCarePathway,
                    discussedWithClient);
        }
    }
}
