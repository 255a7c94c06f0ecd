package nl.kansrijkestart.mdo.indicators;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.shared.i18n.Languages;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The mapping of indicator 7 onto a summary MeasureReport: one group per case type with two
 * populations, distinct cases ({@code measure-population}) and discussions; stratifiers by period,
 * by municipality or region, and by meeting type, whose strata name the period as a component. A
 * hidden count has no value but the data-absent-reason {@code masked}; a count that cannot be
 * given (distinct cases over several years) has {@code not-applicable}; a period of a year not yet
 * published (still running) has a period stratum with {@code temp-unknown}, and the report is then
 * {@code pending} rather than {@code complete}.
 */
final class MeasureReportMapping {

    /** The path (under the base URL) of the extension holding an imported figure's source, in 7 and 8 alike. */
    static final String IMPORTED_SOURCE = "/StructureDefinition/imported-source";

    static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
    static final String MEASURE_POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";

    private final MessageSource messages;
    private final String base;

    MeasureReportMapping(MessageSource messages, String baseUrl) {
        this.messages = messages;
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String measureUrl() {
        return base + "/Measure/kansrijke-start-indicator-7";
    }

    MeasureReport of(CaseTypeReport report, Instant generated, ZoneId zone) {
        MeasureReport fhir = new MeasureReport();
        fhir.setStatus(report.notYetPublished().isEmpty() ? MeasureReport.MeasureReportStatus.COMPLETE
                : MeasureReport.MeasureReportStatus.PENDING);
        fhir.setType(MeasureReport.MeasureReportType.SUMMARY);
        fhir.setMeasure(measureUrl());
        fhir.setDateElement(new DateTimeType(Date.from(generated), TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone(zone)));
        fhir.getPeriod().setStartElement(day(report.request().firstDay()))
                .setEndElement(day(report.request().lastDay()));
        for (CaseType type : CaseType.values()) {
            fhir.addGroup(group(report, type));
        }
        return fhir;
    }

    private MeasureReportGroupComponent group(CaseTypeReport report, CaseType type) {
        MeasureReportGroupComponent group = new MeasureReportGroupComponent();
        group.setCode(concept(base + "/CodeSystem/case-type", type.name(), dutch(type.messageKey())));
        Optional<IndicatorCell> whole = report.wholeRange() == null ? Optional.empty()
                : report.wholeRange().stream().filter(cell -> cell.group().equals(type.name())).findFirst();
        boolean countable = report.wholeRange() != null;
        boolean running = !report.notYetPublished().isEmpty() && countable;
        group.addPopulation().setCode(populationCode(true)).setCountElement(running ? notYetPublished()
                : count(countable ? whole.map(IndicatorCell::cases).orElse(Count.shown(0)) : null));
        group.addPopulation().setCode(populationCode(false)).setCountElement(running ? notYetPublished()
                : count(countable ? whole.map(IndicatorCell::discussions).orElse(Count.shown(0)) : null));
        String prefix = type.name();
        MeasureReportGroupStratifierComponent periods = stratifier("period", report.totals().stream()
                .filter(cell -> cell.group().equals(prefix)).toList(), null);
        for (String period : report.notYetPublished()) {
            StratifierGroupComponent stratum = periods.addStratum();
            stratum.setValue(new CodeableConcept().setText(period));
            stratum.addPopulation().setCode(populationCode(true)).setCountElement(notYetPublished());
            stratum.addPopulation().setCode(populationCode(false)).setCountElement(notYetPublished());
        }
        group.addStratifier(periods);
        Grouping area = report.area();
        if (area != null) {
            group.addStratifier(stratifier(area == Grouping.REGION ? "region" : "municipality",
                    within(report.byArea(), prefix), area == Grouping.REGION ? "region" : "cbs-municipality"));
        }
        group.addStratifier(stratifier("meeting-type", within(report.byMeetingType(), prefix), "meeting-type"));
        return group;
    }

    private static List<IndicatorCell> within(List<IndicatorCell> cells, String caseType) {
        return cells.stream().filter(cell -> cell.group().startsWith(caseType + "/")).toList();
    }

    /**
     * @param valueSystem the code system of the stratum values (under the base URL), or {@code null}
     *     for the period stratifier, whose strata are the periods themselves
     */
    private MeasureReportGroupStratifierComponent stratifier(String code, List<IndicatorCell> cells,
            @Nullable String valueSystem) {
        MeasureReportGroupStratifierComponent stratifier = new MeasureReportGroupStratifierComponent();
        stratifier.addCode(stratifierCode(code));
        Map<String, IndicatorCell> ordered = new TreeMap<>();
        cells.forEach(cell -> ordered.put(cell.group() + " " + cell.period(), cell));
        for (IndicatorCell cell : ordered.values()) {
            StratifierGroupComponent stratum = stratifier.addStratum();
            if (valueSystem == null) {
                stratum.setValue(new CodeableConcept().setText(cell.period()));
            } else {
                String value = cell.group().split("/", 2)[1];
                stratum.addComponent().setCode(stratifierCode(code))
                        .setValue(concept(base + "/CodeSystem/" + valueSystem, value, display(valueSystem, value)));
                stratum.addComponent().setCode(stratifierCode("period"))
                        .setValue(new CodeableConcept().setText(cell.period()));
            }
            stratum.addPopulation().setCode(populationCode(true)).setCountElement(count(cell.cases()));
            stratum.addPopulation().setCode(populationCode(false)).setCountElement(count(cell.discussions()));
        }
        return stratifier;
    }

    /**
     * The imported figures of earlier years as a group of their own (code {@code imported}), never
     * added to the case type groups: a stratum per area, year and measure, its count masked when
     * suppressed, and its source in the extension {@link #importedSourceUrl()}.
     */
    MeasureReportGroupComponent imported(List<ImportedFigure> figures) {
        MeasureReportGroupComponent group = new MeasureReportGroupComponent();
        group.setCode(concept(base + "/CodeSystem/indicator-7-group", "imported", dutch("indicator.fhir.imported")));
        MeasureReportGroupStratifierComponent stratifier = group.addStratifier();
        stratifier.addCode(stratifierCode("imported"));
        for (ImportedFigure figure : figures) {
            StratifierGroupComponent stratum = stratifier.addStratum();
            String area = figure.areaCode().matches("GM\\d{4}") ? "municipality" : "region";
            stratum.addComponent().setCode(stratifierCode(area))
                    .setValue(new CodeableConcept().setText(figure.areaCode()));
            stratum.addComponent().setCode(stratifierCode("period"))
                    .setValue(new CodeableConcept().setText(String.valueOf(figure.year())));
            stratum.addComponent().setCode(stratifierCode("measure"))
                    .setValue(new CodeableConcept().setText(figure.measure()));
            stratum.addExtension(new Extension(importedSourceUrl(),
                    new org.hl7.fhir.r4.model.StringType(figure.source())));
            stratum.addPopulation().setCode(populationCode(true)).setCountElement(count(figure.suppressed()
                    || figure.value() == null ? new Count(null, true)
                    : new Count(Math.round(figure.value()), false)));
        }
        return group;
    }

    /** The extension holding an imported figure's source ("TNO-rapport 2023"). */
    String importedSourceUrl() {
        return base + IMPORTED_SOURCE;
    }

    private CodeableConcept stratifierCode(String code) {
        return concept(base + "/CodeSystem/indicator-7-stratifier", code, dutch("indicator.fhir.stratifier." + code));
    }

    private @Nullable String display(String valueSystem, String value) {
        return "meeting-type".equals(valueSystem) ? dutch("meeting.type." + value) : null;
    }

    private CodeableConcept populationCode(boolean cases) {
        CodeableConcept code = new CodeableConcept();
        if (cases) {
            code.addCoding(new Coding(MEASURE_POPULATION, "measure-population", "Measure Population"));
        }
        String measure = cases ? "cases" : "discussions";
        return code.addCoding(new Coding(base + "/CodeSystem/indicator-7-population", measure,
                dutch("indicator.measure." + measure)));
    }

    /** A count as FHIR has it; {@code null} means it cannot be given for this range. */
    private static IntegerType count(@Nullable Count count) {
        IntegerType value = new IntegerType();
        if (count == null) {
            value.addExtension(absent("not-applicable"));
        } else if (count.suppressed() || count.value() == null) {
            value.addExtension(absent("masked"));
        } else {
            value.setValue(Math.toIntExact(count.value()));
        }
        return value;
    }

    /** A count of a year not yet published: FHIR's "not known at this time, but expected to be". */
    private static IntegerType notYetPublished() {
        IntegerType value = new IntegerType();
        value.addExtension(absent("temp-unknown"));
        return value;
    }

    private static Extension absent(String reason) {
        return new Extension(DATA_ABSENT_REASON, new CodeType(reason));
    }

    private static CodeableConcept concept(String system, String code, @Nullable String display) {
        CodeableConcept concept = new CodeableConcept().addCoding(new Coding(system, code, display));
        return concept.setText(display == null ? code : display);
    }

    private static DateTimeType day(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    private String dutch(String key) {
        return messages.getMessage(key, null, Languages.DUTCH);
    }
}
