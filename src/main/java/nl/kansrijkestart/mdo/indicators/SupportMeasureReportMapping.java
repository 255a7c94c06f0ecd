package nl.kansrijkestart.mdo.indicators;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import nl.kansrijkestart.mdo.cases.BirthPhase;
import nl.kansrijkestart.mdo.offer.OfferKind;
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
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Indicators 8 and 12 by the report as summary MeasureReports, cell for cell the answers of {@link
 * FactIndicatorService} (so the same slices of the same protected tables as the JSON and CSV):
 * <ul>
 *   <li>8: one group per kind of support (the regional report's three programmes always, other
 *       kinds when started), population {@code cases}; its own count is {@code not-applicable}
 *       because no total over the phases around the birth is published. Stratifier {@code
 *       birth-phase}: per phase and year the selection's count (components {@code birth-phase},
 *       {@code period}); stratifier {@code municipality}: per municipality, phase and year.</li>
 *   <li>12 by the report: two groups, {@code median-days} and {@code mean-days}, each with the
 *       population {@code cases} and the days as {@code measureScore} (UCUM {@code d}); the group's
 *       own count and score are the selection's when the range is one year, else {@code
 *       not-applicable}. Stratifiers {@code period} (the selection per year) and {@code
 *       municipality} (per municipality and year).</li>
 * </ul>
 * A hidden count or score has no value but the data-absent-reason {@code masked}; a year not yet
 * published (still running) has a stratum with {@code temp-unknown}, and the report is then
 * {@code pending}. The mapping of docs/api.md.
 */
final class SupportMeasureReportMapping {

    static final String UCUM = "http://unitsofmeasure.org";

    private final MessageSource messages;
    private final String base;

    SupportMeasureReportMapping(MessageSource messages, String baseUrl) {
        this.messages = messages;
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String measureUrl(FactIndicator indicator) {
        return base + "/Measure/kansrijke-start-indicator-" + indicator.number();
    }

    MeasureReport of(StartsReport report, Instant generated, ZoneId zone) {
        FactIndicator indicator = FactIndicator.SUPPORT_STARTED;
        MeasureReport fhir = report(indicator, report.request(), report.notYetPublished(), generated, zone);
        Set<OfferKind> kinds = new LinkedHashSet<>(StartsReport.REPORT_KINDS);
        report.cells().stream().map(StartCell::kind).sorted().forEach(kinds::add);
        for (OfferKind kind : kinds) {
            MeasureReportGroupComponent group = fhir.addGroup();
            group.setCode(concept(base + "/CodeSystem/offer-kind", kind.name(), dutch(kind.messageKey())));
            group.addPopulation().setCode(populationCode(indicator)).setCountElement(absent("not-applicable"));
            List<StartCell> ofKind = report.cells().stream().filter(cell -> cell.kind() == kind).toList();
            MeasureReportGroupStratifierComponent phases = stratifier(indicator, "birth-phase");
            MeasureReportGroupStratifierComponent municipalities = stratifier(indicator, "municipality");
            for (StartCell cell : ofKind) {
                boolean total = FactIndicatorService.TOTAL.equals(cell.group());
                StratifierGroupComponent stratum = (total ? phases : municipalities).addStratum();
                if (!total) {
                    stratum.addComponent().setCode(stratifierCode(indicator, "municipality"))
                            .setValue(concept(base + "/CodeSystem/cbs-municipality", cell.group(), null));
                }
                stratum.addComponent().setCode(stratifierCode(indicator, "birth-phase")).setValue(concept(
                        base + "/CodeSystem/birth-phase", cell.phase().name(), dutch(cell.phase().messageKey())));
                stratum.addComponent().setCode(stratifierCode(indicator, "period"))
                        .setValue(new CodeableConcept().setText(cell.period()));
                stratum.addPopulation().setCode(populationCode(indicator)).setCountElement(count(cell.cases()));
            }
            for (String year : report.notYetPublished()) {
                StratifierGroupComponent stratum = phases.addStratum();
                stratum.addComponent().setCode(stratifierCode(indicator, "period"))
                        .setValue(new CodeableConcept().setText(year));
                stratum.addPopulation().setCode(populationCode(indicator)).setCountElement(absent("temp-unknown"));
            }
            group.addStratifier(phases);
            group.addStratifier(municipalities);
        }
        return fhir;
    }

    /**
     * The imported figures of 8 of earlier years as a group of their own (code {@code imported},
     * system {@code …/CodeSystem/indicator-8-group}), never added to the groups per kind: a stratum
     * per area, year, kind and phase, its count masked when suppressed, and its source in the
     * extension {@code …/StructureDefinition/imported-source} as in indicator 7.
     */
    MeasureReportGroupComponent imported(List<ImportedFigure> figures) {
        FactIndicator indicator = FactIndicator.SUPPORT_STARTED;
        MeasureReportGroupComponent group = new MeasureReportGroupComponent();
        group.setCode(concept(base + "/CodeSystem/indicator-" + indicator.number() + "-group", "imported",
                dutch("indicator.fhir.imported")));
        MeasureReportGroupStratifierComponent stratifier = stratifier(indicator, "imported");
        for (ImportedFigure figure : figures) {
            String[] kindAndPhase = figure.measure().split("/", 2);
            OfferKind kind = OfferKind.valueOf(kindAndPhase[0]);
            BirthPhase phase = BirthPhase.valueOf(kindAndPhase[1]);
            StratifierGroupComponent stratum = stratifier.addStratum();
            boolean municipality = FactCsv.isMunicipality(figure.areaCode());
            stratum.addComponent().setCode(stratifierCode(indicator, municipality ? "municipality" : "region"))
                    .setValue(municipality ? concept(base + "/CodeSystem/cbs-municipality", figure.areaCode(), null)
                            : new CodeableConcept().setText(figure.areaCode()));
            stratum.addComponent().setCode(stratifierCode(indicator, "offer-kind"))
                    .setValue(concept(base + "/CodeSystem/offer-kind", kind.name(), dutch(kind.messageKey())));
            stratum.addComponent().setCode(stratifierCode(indicator, "birth-phase")).setValue(concept(
                    base + "/CodeSystem/birth-phase", phase.name(), dutch(phase.messageKey())));
            stratum.addComponent().setCode(stratifierCode(indicator, "period"))
                    .setValue(new CodeableConcept().setText(String.valueOf(figure.year())));
            stratum.addExtension(new Extension(base + MeasureReportMapping.IMPORTED_SOURCE,
                    new StringType(figure.source())));
            stratum.addPopulation().setCode(populationCode(indicator)).setCountElement(count(
                    figure.suppressed() || figure.value() == null ? Count.hidden()
                            : Count.shown(Math.round(figure.value()))));
        }
        group.addStratifier(stratifier);
        return group;
    }

    MeasureReport of(SupportDaysReport report, Instant generated, ZoneId zone) {
        FactIndicator indicator = FactIndicator.DAYS_TO_SUPPORT;
        MeasureReport fhir = report(indicator, report.request(), report.notYetPublished(), generated, zone);
        boolean oneYear = report.request().fromYear() == report.request().toYear();
        String year = String.valueOf(report.request().fromYear());
        Optional<SupportDaysCell> whole = report.cells().stream()
                .filter(cell -> FactIndicatorService.TOTAL.equals(cell.group()) && cell.period().equals(year))
                .findFirst();
        for (boolean median : new boolean[] {true, false}) {
            String code = median ? "median-days" : "mean-days";
            MeasureReportGroupComponent group = fhir.addGroup();
            group.setCode(concept(base + "/CodeSystem/indicator-" + indicator.number() + "-group", code,
                    dutch("indicator12-support.fhir." + code)));
            var population = group.addPopulation().setCode(populationCode(indicator));
            if (!oneYear || report.totalNotOffered() != null) {
                population.setCountElement(absent("not-applicable"));
                group.setMeasureScore(absentScore("not-applicable"));
            } else if (!report.notYetPublished().isEmpty()) {
                population.setCountElement(absent("temp-unknown"));
                group.setMeasureScore(absentScore("temp-unknown"));
            } else if (whole.isPresent()) {
                population.setCountElement(count(whole.get().cases()));
                group.setMeasureScore(score(whole.get(), median));
            } else {
                population.setCountElement(new IntegerType(0));
            }
            MeasureReportGroupStratifierComponent periods = stratifier(indicator, "period");
            MeasureReportGroupStratifierComponent municipalities = stratifier(indicator, "municipality");
            for (SupportDaysCell cell : report.cells()) {
                StratifierGroupComponent stratum;
                if (FactIndicatorService.TOTAL.equals(cell.group())) {
                    stratum = periods.addStratum().setValue(new CodeableConcept().setText(cell.period()));
                } else {
                    stratum = municipalities.addStratum();
                    stratum.addComponent().setCode(stratifierCode(indicator, "municipality"))
                            .setValue(concept(base + "/CodeSystem/cbs-municipality", cell.group(), null));
                    stratum.addComponent().setCode(stratifierCode(indicator, "period"))
                            .setValue(new CodeableConcept().setText(cell.period()));
                }
                stratum.addPopulation().setCode(populationCode(indicator)).setCountElement(count(cell.cases()));
                stratum.setMeasureScore(score(cell, median));
            }
            for (String running : report.notYetPublished()) {
                StratifierGroupComponent stratum = periods.addStratum()
                        .setValue(new CodeableConcept().setText(running));
                stratum.addPopulation().setCode(populationCode(indicator)).setCountElement(absent("temp-unknown"));
                stratum.setMeasureScore(absentScore("temp-unknown"));
            }
            group.addStratifier(periods);
            group.addStratifier(municipalities);
        }
        return fhir;
    }

    private MeasureReport report(FactIndicator indicator, FactRequest request, List<String> notYetPublished,
            Instant generated, ZoneId zone) {
        MeasureReport fhir = new MeasureReport();
        fhir.setStatus(notYetPublished.isEmpty() ? MeasureReport.MeasureReportStatus.COMPLETE
                : MeasureReport.MeasureReportStatus.PENDING);
        fhir.setType(MeasureReport.MeasureReportType.SUMMARY);
        fhir.setMeasure(measureUrl(indicator));
        fhir.setDateElement(new DateTimeType(Date.from(generated), TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone(zone)));
        fhir.getPeriod().setStartElement(new DateTimeType(LocalDate.of(request.fromYear(), 1, 1).toString()))
                .setEndElement(new DateTimeType(LocalDate.of(request.toYear(), 12, 31).toString()));
        return fhir;
    }

    private MeasureReportGroupStratifierComponent stratifier(FactIndicator indicator, String code) {
        MeasureReportGroupStratifierComponent stratifier = new MeasureReportGroupStratifierComponent();
        stratifier.addCode(stratifierCode(indicator, code));
        return stratifier;
    }

    private CodeableConcept stratifierCode(FactIndicator indicator, String code) {
        return concept(base + "/CodeSystem/indicator-" + indicator.number() + "-stratifier", code,
                dutch("indicator.fhir.stratifier." + code));
    }

    private CodeableConcept populationCode(FactIndicator indicator) {
        return new CodeableConcept()
                .addCoding(new Coding(MeasureReportMapping.MEASURE_POPULATION, "measure-population",
                        "Measure Population"))
                .addCoding(new Coding(base + "/CodeSystem/indicator-" + indicator.number() + "-population", "cases",
                        dutch("indicator.measure.cases")));
    }

    private static IntegerType count(Count count) {
        if (count.suppressed() || count.value() == null) {
            return absent("masked");
        }
        return new IntegerType(Math.toIntExact(count.value()));
    }

    /** The median or mean days of a cell, in whole days with one decimal as in the JSON; masked when hidden. */
    private static Quantity score(SupportDaysCell cell, boolean median) {
        Double days = median ? cell.median() : cell.mean();
        if (cell.suppressed() || days == null) {
            return absentScore("masked");
        }
        return new Quantity().setValue(BigDecimal.valueOf(days).setScale(1, RoundingMode.HALF_UP)).setUnit("d")
                .setSystem(UCUM).setCode("d");
    }

    private static IntegerType absent(String reason) {
        IntegerType value = new IntegerType();
        value.addExtension(reason(reason));
        return value;
    }

    private static Quantity absentScore(String reason) {
        Quantity score = new Quantity();
        score.addExtension(reason(reason));
        return score;
    }

    private static Extension reason(String reason) {
        return new Extension(MeasureReportMapping.DATA_ABSENT_REASON, new CodeType(reason));
    }

    private static CodeableConcept concept(String system, String code, @Nullable String display) {
        CodeableConcept concept = new CodeableConcept().addCoding(new Coding(system, code, display));
        return concept.setText(display == null ? code : display);
    }

    private String dutch(String key) {
        return messages.getMessage(key, null, Languages.DUTCH);
    }
}
