package nl.kansrijkestart.mdo.api;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.time.ZoneId;
import java.util.List;
import nl.kansrijkestart.mdo.cases.AssessmentDraft;
import nl.kansrijkestart.mdo.reference.InstrumentSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * A screening result as a FHIR R4 resource, read with HAPI's strict JSON parser (unknown elements
 * are refused): a {@code QuestionnaireResponse} or an {@code Observation}, each turned into the same
 * instrument result as the JSON form (mappings in docs/api.md). Any other resource is refused.
 */
final class FhirScreeningResults {

    /** Building a context scans the whole R4 model, so it is made once and shared (it is thread-safe). */
    private static final FhirContext R4 = FhirContext.forR4();

    private FhirScreeningResults() {}

    static AssessmentDraft draft(String body, List<InstrumentSummary> catalogue, ZoneId zone) {
        return switch (parse(body)) {
            case QuestionnaireResponse response -> QuestionnaireResponseMapping.draft(response, catalogue, zone);
            case Observation observation -> ObservationMapping.draft(observation, catalogue, zone);
            default -> throw new InvalidInputException("resource", "screening.fhir.unreadable");
        };
    }

    private static IBaseResource parse(String body) {
        IParser parser = R4.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try {
            return parser.parseResource(body);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException unreadable) {
            throw new InvalidInputException("resource", "screening.fhir.unreadable");
        }
    }
}
