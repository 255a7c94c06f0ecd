package nl.kansrijkestart.mdo.api;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.AssessmentDraft;
import nl.kansrijkestart.mdo.cases.ReportedRiskLevel;
import nl.kansrijkestart.mdo.cases.Respondent;
import nl.kansrijkestart.mdo.reference.InstrumentSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/**
 * A FHIR R4 Observation as a screening platform may send one administration of an instrument,
 * turned into the same instrument result as the JSON form (mapping in docs/api.md): {@code code}
 * names the instrument version with a coding of {@link #INSTRUMENT_VERSION} whose code is
 * {@code <instrument code>|<version label>}, {@code effectiveDateTime} is the day it was
 * administered, the Observation's own value is the total, and each {@code component} is a domain
 * of that version (by its code) or one of the reserved codes of the QuestionnaireResponse mapping.
 * {@code subject}, {@code performer} and other references are not read: the case comes from the
 * address and no client identity is stored.
 */
final class ObservationMapping {

    static final String INSTRUMENT_VERSION = "https://kansrijkestart.nl/fhir/CodeSystem/instrument-version";

    private static final Set<ObservationStatus> RECORDED = Set.of(ObservationStatus.FINAL, ObservationStatus.AMENDED,
            ObservationStatus.CORRECTED);
    private static final Set<String> RESERVED = Set.of(QuestionnaireResponseMapping.TOTAL,
            QuestionnaireResponseMapping.RISK, QuestionnaireResponseMapping.RESPONDENT,
            QuestionnaireResponseMapping.ADMINISTERED_BY, QuestionnaireResponseMapping.PATHWAY,
            QuestionnaireResponseMapping.DISCUSSED);

    private ObservationMapping() {}

    static AssessmentDraft draft(Observation observation, List<InstrumentSummary> catalogue, ZoneId zone) {
        if (observation.getStatus() == null || !RECORDED.contains(observation.getStatus())) {
            throw new InvalidInputException("status", "screening.fhir.observation-status");
        }
        long versionId = versionId(observation, catalogue);
        Map<String, @Nullable Integer> domains = new LinkedHashMap<>();
        Map<String, @Nullable Type> reserved = new LinkedHashMap<>();
        if (observation.hasValue()) {
            reserved.put(QuestionnaireResponseMapping.TOTAL, observation.getValue());
        }
        for (ObservationComponentComponent component : observation.getComponent()) {
            String code = componentCode(component);
            Map<String, ?> target = RESERVED.contains(code) ? reserved : domains;
            String field = RESERVED.contains(code) ? code : "domain." + code;
            if (target.containsKey(code)) {
                throw new InvalidInputException(field, "screening.fhir.one-answer");
            }
            if (RESERVED.contains(code)) {
                reserved.put(code, component.getValue());
            } else {
                domains.put(code, number(code, field, component.getValue()));
            }
        }
        return new AssessmentDraft(versionId,
                observation.hasEffectiveDateTimeType()
                        ? QuestionnaireResponseMapping.day(observation.getEffectiveDateTimeType(), zone) : null,
                choice(reserved.get(QuestionnaireResponseMapping.RESPONDENT), QuestionnaireResponseMapping.RESPONDENT,
                        Respondent.class, null),
                text(reserved.get(QuestionnaireResponseMapping.ADMINISTERED_BY),
                        QuestionnaireResponseMapping.ADMINISTERED_BY),
                domains,
                number(QuestionnaireResponseMapping.TOTAL, QuestionnaireResponseMapping.TOTAL,
                        reserved.get(QuestionnaireResponseMapping.TOTAL)),
                choice(reserved.get(QuestionnaireResponseMapping.RISK), QuestionnaireResponseMapping.RISK,
                        ReportedRiskLevel.class, ReportedRiskLevel.NONE_REPORTED),
                text(reserved.get(QuestionnaireResponseMapping.PATHWAY), QuestionnaireResponseMapping.PATHWAY),
                flag(reserved.get(QuestionnaireResponseMapping.DISCUSSED)));
    }

    /** The coding of {@link #INSTRUMENT_VERSION}: {@code MIND2CARE|1}; other codings (LOINC, SNOMED) may sit beside it. */
    private static long versionId(Observation observation, List<InstrumentSummary> catalogue) {
        List<Coding> versions = observation.getCode().getCoding().stream()
                .filter(coding -> INSTRUMENT_VERSION.equals(coding.getSystem())).toList();
        String code = versions.size() == 1 ? versions.getFirst().getCode() : null;
        int bar = code == null ? -1 : code.indexOf('|');
        if (bar <= 0 || bar == code.length() - 1) {
            throw new InvalidInputException("code", "screening.fhir.observation-code", INSTRUMENT_VERSION);
        }
        return QuestionnaireResponseMapping.versionId(code.substring(0, bar), code.substring(bar + 1), catalogue,
                "code");
    }

    /** A component names what it holds with exactly one code. */
    private static String componentCode(ObservationComponentComponent component) {
        List<Coding> codings = component.getCode().getCoding();
        if (codings.size() != 1 || codings.getFirst().getCode() == null || codings.getFirst().getCode().isBlank()) {
            throw new InvalidInputException("component", "screening.fhir.component-code");
        }
        return codings.getFirst().getCode();
    }

    /** A whole number: {@code valueInteger}, a {@code valueQuantity} without fraction, or {@code valueBoolean} (true is 1). */
    private static @Nullable Integer number(String name, String field, @Nullable Type value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value instanceof IntegerType whole) {
            return whole.getValue();
        }
        if (value instanceof BooleanType yesNo) {
            return yesNo.booleanValue() ? 1 : 0;
        }
        if (value instanceof Quantity quantity && quantity.hasValue()) {
            try {
                return quantity.getValue().intValueExact();
            } catch (ArithmeticException notWhole) {
                throw new InvalidInputException(field, "screening.fhir.answer-type", name);
            }
        }
        throw new InvalidInputException(field, "screening.fhir.answer-type", name);
    }

    private static @Nullable String text(@Nullable Type value, String code) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof StringType string)) {
            throw new InvalidInputException(code, "screening.fhir.answer-type", code);
        }
        return string.getValue();
    }

    private static boolean flag(@Nullable Type value) {
        if (value == null) {
            return false;
        }
        if (!(value instanceof BooleanType yesNo)) {
            throw new InvalidInputException(QuestionnaireResponseMapping.DISCUSSED, "screening.fhir.answer-type",
                    QuestionnaireResponseMapping.DISCUSSED);
        }
        return yesNo.booleanValue();
    }

    /** A code from {@code valueCodeableConcept} (its first coding) or {@code valueString}. */
    private static <E extends Enum<E>> @Nullable E choice(@Nullable Type value, String code, Class<E> type,
            @Nullable E absent) {
        if (value == null) {
            return absent;
        }
        String chosen = value instanceof CodeableConcept concept
                ? concept.getCodingFirstRep().getCode()
                : value instanceof StringType string ? string.getValue() : null;
        return QuestionnaireResponseMapping.choice(chosen, code, type);
    }
}
