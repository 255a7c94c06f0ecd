package nl.kansrijkestart.mdo.api;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.kansrijkestart.mdo.cases.AssessmentDraft;
import nl.kansrijkestart.mdo.cases.ReportedRiskLevel;
import nl.kansrijkestart.mdo.cases.Respondent;
import nl.kansrijkestart.mdo.reference.InstrumentSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.jspecify.annotations.Nullable;

/**
 * A FHIR R4 QuestionnaireResponse as a screening platform sends it, read with HAPI's strict JSON
 * parser and turned into the same instrument result as the JSON form (mapping in docs/api.md):
 * {@code questionnaire} names the instrument version as {@code …/Questionnaire/<code>|<label>},
 * {@code authored} is the day it was administered, and each item's {@code linkId} is a domain code
 * of that version (integer or boolean answer) or one of the reserved link ids below. The case comes
 * from the address, never from {@code subject}, which is not read: no client identity is stored.
 */
final class QuestionnaireResponseMapping {

    static final String TOTAL = "total";
    static final String RISK = "reportedRiskLevel";
    static final String RESPONDENT = "respondent";
    static final String ADMINISTERED_BY = "administeredBy";
    static final String PATHWAY = "suggestedCarePathway";
    static final String DISCUSSED = "discussedWithClient";

    private static final String QUESTIONNAIRE_PATH = "Questionnaire/";

    /**
     * Building a context scans the whole R4 model, so it is made once and shared (it is thread-safe),
     * and only on first use: a holder class, so that it costs no start-up time or memory before then.
     */
    private static final class R4 {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }

    private QuestionnaireResponseMapping() {}

    static AssessmentDraft draft(String body, List<InstrumentSummary> catalogue, ZoneId zone) {
        QuestionnaireResponse response = parse(body);
        if (response.getStatus() != QuestionnaireResponseStatus.COMPLETED
                && response.getStatus() != QuestionnaireResponseStatus.AMENDED) {
            throw new InvalidInputException("status", "screening.fhir.status");
        }
        Long versionId = versionId(response.getQuestionnaire(), catalogue);
        Map<String, @Nullable Integer> domains = new LinkedHashMap<>();
        Map<String, QuestionnaireResponseItemAnswerComponent> reserved = new LinkedHashMap<>();
        flatten(response.getItem()).forEach(item -> {
            QuestionnaireResponseItemAnswerComponent answer = item.getAnswer().size() == 1 ? item.getAnswerFirstRep() : null;
            switch (item.getLinkId()) {
                case TOTAL, RISK, RESPONDENT, ADMINISTERED_BY, PATHWAY, DISCUSSED -> {
                    if (answer == null) {
                        throw new InvalidInputException(item.getLinkId(), "screening.fhir.one-answer");
                    }
                    reserved.put(item.getLinkId(), answer);
                }
                default -> domains.put(item.getLinkId(), value(item.getLinkId(), answer));
            }
        });
        return new AssessmentDraft(versionId, administeredOn(response, zone),
                choice(reserved.get(RESPONDENT), RESPONDENT, Respondent.class, null),
                text(reserved.get(ADMINISTERED_BY), ADMINISTERED_BY), domains,
                reserved.containsKey(TOTAL) ? value(TOTAL, reserved.get(TOTAL)) : null,
                choice(reserved.get(RISK), RISK, ReportedRiskLevel.class, ReportedRiskLevel.NONE_REPORTED),
                text(reserved.get(PATHWAY), PATHWAY),
                reserved.containsKey(DISCUSSED) && flag(reserved.get(DISCUSSED)));
    }

    private static QuestionnaireResponse parse(String body) {
        IParser parser = R4.CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try {
            return parser.parseResource(QuestionnaireResponse.class, body);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException unreadable) {
            throw new InvalidInputException("resource", "screening.fhir.unreadable");
        }
    }

    /** {@code https://…/Questionnaire/EPDS|2.0}: the instrument's code and the version's label. */
    private static @Nullable Long versionId(@Nullable String questionnaire, List<InstrumentSummary> catalogue) {
        if (questionnaire == null || questionnaire.isBlank()) {
            return null;
        }
        int at = questionnaire.lastIndexOf(QUESTIONNAIRE_PATH);
        int bar = questionnaire.indexOf('|', Math.max(at, 0));
        if (at < 0 || bar < 0) {
            throw new InvalidInputException("questionnaire", "screening.fhir.questionnaire-form");
        }
        String code = questionnaire.substring(at + QUESTIONNAIRE_PATH.length(), bar);
        String label = questionnaire.substring(bar + 1);
        return catalogue.stream().filter(instrument -> instrument.code().equalsIgnoreCase(code))
                .flatMap(instrument -> instrument.versions().stream())
                .filter(version -> version.label().equalsIgnoreCase(label))
                .map(version -> version.id())
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("questionnaire", "screening.fhir.questionnaire-unknown",
                        code, label));
    }

    private static @Nullable LocalDate administeredOn(QuestionnaireResponse response, ZoneId zone) {
        if (!response.hasAuthored()) {
            return null;
        }
        return response.getAuthoredElement().getPrecision().ordinal() <= TemporalPrecisionEnum.DAY.ordinal()
                ? LocalDate.parse(response.getAuthoredElement().getValueAsString().substring(0, 10))
                : response.getAuthored().toInstant().atZone(zone).toLocalDate();
    }

    private static List<QuestionnaireResponseItemComponent> flatten(List<QuestionnaireResponseItemComponent> items) {
        return items.stream().flatMap(item -> item.hasItem()
                ? flatten(item.getItem()).stream() : Stream.of(item)).toList();
    }

    /** A domain's value: an integer, or a boolean for a flag (true is 1). */
    private static @Nullable Integer value(String linkId, @Nullable QuestionnaireResponseItemAnswerComponent answer) {
        if (answer == null) {
            return null;
        }
        if (answer.hasValueIntegerType()) {
            return answer.getValueIntegerType().getValue();
        }
        if (answer.hasValueBooleanType()) {
            return answer.getValueBooleanType().booleanValue() ? 1 : 0;
        }
        throw new InvalidInputException("domain." + linkId, "screening.fhir.answer-type", linkId);
    }

    private static boolean flag(QuestionnaireResponseItemAnswerComponent answer) {
        if (!answer.hasValueBooleanType()) {
            throw new InvalidInputException(DISCUSSED, "screening.fhir.answer-type", DISCUSSED);
        }
        return answer.getValueBooleanType().booleanValue();
    }

    private static @Nullable String text(@Nullable QuestionnaireResponseItemAnswerComponent answer, String linkId) {
        if (answer == null) {
            return null;
        }
        if (!answer.hasValueStringType()) {
            throw new InvalidInputException(linkId, "screening.fhir.answer-type", linkId);
        }
        return answer.getValueStringType().getValue();
    }

    /** A code from a Coding ({@code valueCoding.code}) or a string: one of the enum's names. */
    private static <E extends Enum<E>> @Nullable E choice(@Nullable QuestionnaireResponseItemAnswerComponent answer,
            String linkId, Class<E> type, @Nullable E absent) {
        if (answer == null) {
            return absent;
        }
        String code = answer.hasValueCoding() ? answer.getValueCoding().getCode()
                : answer.hasValueStringType() ? answer.getValueStringType().getValue() : null;
        return Optional.ofNullable(code)
                .flatMap(c -> Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(c)).findFirst())
                .orElseThrow(() -> new InvalidInputException(linkId, "api.field.choice",
                        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    }
}
