package nl.kansrijkestart.mdo.indicators.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.kansrijkestart.mdo.indicators.FactIndicatorService;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.indicators.Grouping;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.ImportedFigure;
import nl.kansrijkestart.mdo.indicators.IndicatorCsv;
import nl.kansrijkestart.mdo.indicators.IndicatorReport;
import nl.kansrijkestart.mdo.indicators.IndicatorRequest;
import nl.kansrijkestart.mdo.indicators.IndicatorService;
import nl.kansrijkestart.mdo.indicators.Period;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.indicators.PeriodBound;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;

/**
 * Indicator 7 for coordinators, laid out like the regional report: one row per case type, meeting
 * type and measure, one column per year or quarter, a bar chart per period and the CSV downloads;
 * for a region or for chosen municipalities (within the coordinator's scope). The counts
 * come suppressed and logged from the indicator service.
 */
@Route("indicatoren")
@RolesAllowed("COORDINATOR")
@Menu(order = 40, title = "menu.indicators", icon = "vaadin:bar-chart")
public class IndicatorsView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<RegionSummary> region = new ComboBox<>();
    final MultiSelectComboBox<MunicipalitySummary> municipalities = new MultiSelectComboBox<>();
    final RadioButtonGroup<Period> periods = new RadioButtonGroup<>();
    final IntegerField from = new IntegerField();
    final IntegerField to = new IntegerField();
    final CheckboxGroup<Boolean> measures = new CheckboxGroup<>();
    final Grid<ReportRow> table = new Grid<>();
    final Div charts = new Div();
    private final Paragraph intro = new Paragraph();
    /** Why the running year has no figures yet; hidden when every period shown is published. */
    final Paragraph notYetPublished = new Paragraph();
    private final IndicatorService indicators;
    private final IndicatorCsv csv;
    private final HistoryService history;
    /** Kept for downloads, which run without the UI. */
    private final Locale locale;
    /** Downloads run outside the UI's lock, so they read the request from here, not from the fields. */
    private volatile IndicatorRequest request;

    IndicatorsView(IndicatorService indicators, IndicatorCsv csv, Clock clock,
            FactIndicatorService facts, MunicipalityService allMunicipalities, HistoryService history) {
        this.history = history;
        this.indicators = indicators;
        this.csv = csv;
        this.locale = getLocale();
        int year = LocalDate.now(clock).getYear();
        request = new IndicatorRequest(year - 2, year, Period.YEAR, Grouping.CASE_AND_MEETING_TYPE, null);
        municipalities.setLabel(getTranslation("indicator.municipalities"));
        municipalities.setItems(indicators.choosableMunicipalities());
        municipalities.setItemLabelGenerator(MunicipalitySummary::label);
        municipalities.setPlaceholder(getTranslation("indicator.municipalities.all"));
        municipalities.setClearButtonVisible(true);
        // Why a free selection has no total of its own: the difference of two would give a count away.
        municipalities.setHelperText(getTranslation("indicator.selection.help"));
        periods.setLabel(getTranslation("indicator.periods"));
        periods.setItems(Period.YEAR, Period.QUARTER);
        periods.setItemLabelGenerator(period -> getTranslation("indicator.period." + period.name()));
        periods.setValue(Period.YEAR);
        region.setLabel(getTranslation("indicator.region"));
        region.setItems(indicators.choosableRegions());
        region.setItemLabelGenerator(RegionSummary::name);
        region.setClearButtonVisible(true);
        region.setPlaceholder(getTranslation("indicator.region.all"));
        from.setLabel(getTranslation("indicator.from"));
        from.setValue(year - 2);
        to.setLabel(getTranslation("indicator.to"));
        to.setValue(year);
        measures.setLabel(getTranslation("indicator.measures"));
        measures.setItems(false, true);
        measures.setItemLabelGenerator(discussions -> getTranslation(discussions
                ? "indicator.measure.discussions" : "indicator.measure.cases"));
        measures.setValue(Set.of(false));
        Button show = new Button(getTranslation("indicator.show"), click -> show());
        show.setId("indicator-show");
        HorizontalLayout choices = new HorizontalLayout(region, municipalities, from, to, periods, measures, show);
        choices.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);
        Anchor reportCsv = new Anchor(event -> download(event, true), getTranslation("indicator.download.report"));
        reportCsv.setId("indicator-csv-report");
        Anchor longCsv = new Anchor(event -> download(event, false), getTranslation("indicator.download.long"));
        longCsv.setId("indicator-csv-long");
        table.setId("indicator-table");
        notYetPublished.setId("indicator-not-yet-published");
        notYetPublished.setVisible(false);
        table.setAllRowsVisible(true);
        add(new H1(getTranslation("indicator.title")), intro, choices, notYetPublished,
                table, charts, new HorizontalLayout(reportCsv, longCsv));
        add(new FactIndicatorsPanel(facts, indicators.choosableRegions(), allMunicipalities.municipalities(), year));
        show();
    }

    private void show() {
        Integer first = from.getValue();
        Integer last = to.getValue();
        if (first == null || last == null) {
            from.setInvalid(first == null);
            to.setInvalid(last == null);
            return;
        }
        IndicatorRequest chosen = new IndicatorRequest(PeriodBound.year(first), PeriodBound.year(last),
                Objects.requireNonNullElse(periods.getValue(), Period.YEAR), Grouping.CASE_AND_MEETING_TYPE,
                region.getValue() == null ? null : region.getValue().code(),
                municipalities.getValue().stream().map(MunicipalitySummary::code).collect(Collectors.toSet()));
        try {
            IndicatorReport report = indicators.export(chosen);
            request = chosen;
            from.setInvalid(false);
            to.setInvalid(false);
            render(report);
            municipalities.setInvalid(false);
        } catch (InvalidInputException refused) {
            refused.problems().forEach(problem -> {
                HasValidationProperties field = switch (problem.field()) {
                    case "from" -> from;
                    case "municipality", "region" -> municipalities;
                    default -> to;
                };
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
                field.setInvalid(true);
            });
        }
    }

    private void render(IndicatorReport report) {
        ReportTable layout = ReportTable.of(report, measures.getValue(),
                (group, discussions) -> csv.rowText(Grouping.CASE_AND_MEETING_TYPE, group, discussions, locale));
        table.removeAllColumns();
        table.addColumn(ReportRow::text).setHeader(getTranslation("indicator.csv.row")).setAutoWidth(true)
                .setFlexGrow(1);
        String running = getTranslation("indicator.not-yet-published.cell");
        for (String period : layout.periods()) {
            table.addColumn(row -> report.published(period) ? row.shown(period) : running).setHeader(period)
                    .setAutoWidth(true);
        }
        table.setItems(layout.rows());
        intro.setText(getTranslation("indicator.intro", "<" + report.threshold()));
        notYetPublished.setText(report.notYetPublished().isEmpty() ? ""
                : getTranslation("indicator.not-yet-published.periods", String.join(", ", report.notYetPublished()))
                        + " " + getTranslation("indicator.not-yet-published"));
        notYetPublished.setVisible(!report.notYetPublished().isEmpty());
        charts.removeAll();
        // One scale for all periods, so the bars of different years can be compared.
        long scale = layout.periods().stream()
                .flatMap(period -> layout.rows().stream().map(row -> row.value(period)))
                .mapToLong(Long::longValue).max().orElse(1);
        for (String period : layout.periods().stream().filter(report::published).toList()) {
            List<BarChart.Bar> bars = layout.rows().stream()
                    .map(row -> new BarChart.Bar(row.text(), row.value(period), row.shown(period)))
                    .toList();
            charts.add(new Html("<div class=\"indicator-chart\">" + BarChart.svg(period, bars, scale, table.getId().orElseThrow()) + "</div>"));
        }
    }

    private void download(DownloadEvent event, boolean reportLayout) throws IOException {
        IndicatorRequest current = Objects.requireNonNull(request);
        event.setFileName("indicator-7-" + (reportLayout ? "rapport" : "lang") + ".csv");
        event.setContentType("text/csv;charset=UTF-8");
        IndicatorReport report = indicators.export(current);
        List<ImportedFigure> imported = history.forFeed(current);
        try (OutputStream out = event.getOutputStream()) {
            if (reportLayout) {
                csv.writeReport(report, List.of(), imported, locale, out);
            } else {
                csv.writeLong(report, imported, out);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicator.title");
    }
}
