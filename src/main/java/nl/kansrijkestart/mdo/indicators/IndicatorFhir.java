package nl.kansrijkestart.mdo.indicators;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.Clock;
import java.util.List;
import org.hl7.fhir.r4.model.MeasureReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Indicator 7, and indicators 8 and 12 by the report, as a FHIR R4 MeasureReport (JSON), built
 * with the HL7 model classes and written by HAPI's JSON parser. The mappings are documented in
 * docs/api.md, {@link MeasureReportMapping} and {@link SupportMeasureReportMapping}.
 */
@Component
public class IndicatorFhir {

    /**
     * Building a context scans the whole R4 model, so it is made once and shared (it is thread-safe),
     * and only on first use: a holder class, so that it costs no start-up time or memory before then.
     */
    private static final class R4 {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }

    private final MeasureReportMapping mapping;
    private final SupportMeasureReportMapping support;
    private final Clock clock;

    IndicatorFhir(MessageSource messages, Clock clock,
            @Value("${mdo.indicators.fhir-base-url:https://mdo.kansrijkestart.nl/fhir}") String baseUrl) {
        this.mapping = new MeasureReportMapping(messages, baseUrl);
        this.support = new SupportMeasureReportMapping(messages, baseUrl);
        this.clock = clock;
    }

    /** Indicator 8 as a MeasureReport ({@link SupportMeasureReportMapping}), generated now. */
    public MeasureReport measureReport(StartsReport report) {
        return support.of(report, clock.instant(), clock.getZone());
    }

    /** Indicator 12 by the report as a MeasureReport ({@link SupportMeasureReportMapping}), generated now. */
    public MeasureReport measureReport(SupportDaysReport report) {
        return support.of(report, clock.instant(), clock.getZone());
    }

    public String json(StartsReport report) {
        return json(report, List.of());
    }

    /**
     * Indicator 8 with the imported figures of earlier years as a group of their own ({@code
     * imported}), each with its source; never added to the groups per kind.
     */
    public String json(StartsReport report, List<ImportedFigure> imported) {
        MeasureReport fhir = measureReport(report);
        if (!imported.isEmpty()) {
            fhir.addGroup(support.imported(imported));
        }
        return R4.CONTEXT.newJsonParser().encodeResourceToString(fhir);
    }

    public String json(SupportDaysReport report) {
        return R4.CONTEXT.newJsonParser().encodeResourceToString(measureReport(report));
    }

    /** The MeasureReport of {@code report}, generated now by the application clock. */
    public MeasureReport measureReport(CaseTypeReport report) {
        return mapping.of(report, clock.instant(), clock.getZone());
    }

    public String json(CaseTypeReport report) {
        IParser parser = R4.CONTEXT.newJsonParser();
        return parser.encodeResourceToString(measureReport(report));
    }

    /**
     * With the imported figures of earlier years as a group of their own ({@code imported}), each
     * with its source; never added to the case type groups.
     */
    public String json(CaseTypeReport report, List<ImportedFigure> imported) {
        MeasureReport fhir = measureReport(report);
        if (!imported.isEmpty()) {
            fhir.addGroup(mapping.imported(imported));
        }
        return R4.CONTEXT.newJsonParser().encodeResourceToString(fhir);
    }

    /** The URL of the extension that holds an imported figure's source. */
    public String importedSourceUrl() {
        return mapping.importedSourceUrl();
    }

    /** The canonical URL of indicator 7 of this product, as in every report's {@code measure}. */
    public String measureUrl() {
        return mapping.measureUrl();
    }
}
