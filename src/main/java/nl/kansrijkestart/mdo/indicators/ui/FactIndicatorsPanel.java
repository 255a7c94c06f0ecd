package nl.kansrijkestart.mdo.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.indicators.DaysCell;
import nl.kansrijkestart.mdo.indicators.DaysReport;
import nl.kansrijkestart.mdo.indicators.FactCsv;
import nl.kansrijkestart.mdo.indicators.FactIndicator;
import nl.kansrijkestart.mdo.indicators.FactIndicatorService;
import nl.kansrijkestart.mdo.indicators.FactRequest;
import nl.kansrijkestart.mdo.indicators.ShareCell;
import nl.kansrijkestart.mdo.indicators.ShareReport;
import nl.kansrijkestart.mdo.indicators.StartCell;
import nl.kansrijkestart.mdo.indicators.StartsReport;
import nl.kansrijkestart.mdo.indicators.SupportCsv;
import nl.kansrijkestart.mdo.indicators.SupportDaysCell;
import nl.kansrijkestart.mdo.indicators.SupportDaysReport;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.AccessibleTabs;
import org.jspecify.annotations.Nullable;

/**
 * Indicators 6, 8, 10, 12 by the report (days to support) and the days to the first meeting on
 * the coordinator's screen, one tab each: per year, the whole selection and each municipality (for
 * 8 per programme and phase around the birth, as the regional report), suppressed and logged by
 * the fact indicator service, and the shown indicator as CSV.
 */
class FactIndicatorsPanel extends VerticalLayout {

    final Tabs tabs = AccessibleTabs.of(new Tabs());
    final ComboBox<RegionSummary> region = new ComboBox<>();
    final IntegerField from = new IntegerField();
    final IntegerField to = new IntegerField();
    final Grid<FactTable.Row> table = new Grid<>();
    private final Paragraph definition = new Paragraph();
    /** Why the selection has no total row, when it is a free set of municipalities (her scope). */
    final Paragraph totalNote = new Paragraph();
    /** Which years are not published yet (still running), and why. */
    final Paragraph notYetPublished = new Paragraph();
    private final Map<Tab, FactIndicator> indicatorOf;
    private final Map<String, String> municipalityNames;
    private final FactIndicatorService indicators;
    /** The threshold of the answer being laid out, for the "<k" of hidden cells. */
    private int threshold;
    /** What the table shows; the download runs outside the UI's lock, so it reads this, not the fields. */
    private volatile Shown shown;

    FactIndicatorsPanel(FactIndicatorService indicators, List<RegionSummary> regions,
            List<MunicipalitySummary> municipalities, int year) {
        this.indicators = indicators;
        this.municipalityNames = municipalities.stream()
                .collect(Collectors.toMap(MunicipalitySummary::code, MunicipalitySummary::label));
        // In the order of the regional set; the days to the first meeting, a measure of its own, last.
        indicatorOf = new LinkedHashMap<>();
        for (FactIndicator indicator : List.of(FactIndicator.VALIDATED_INSTRUMENTS, FactIndicator.SUPPORT_STARTED,
                FactIndicator.SOCIAL_CASE_DIRECTORS, FactIndicator.DAYS_TO_SUPPORT,
                FactIndicator.DAYS_TO_FIRST_DISCUSSION)) {
            indicatorOf.put(tab(indicator), indicator);
        }
        tabs.addSelectedChangeListener(change -> show());
        region.setLabel(getTranslation("indicator.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(RegionSummary::name);
        region.setClearButtonVisible(true);
        region.setPlaceholder(getTranslation("indicator.region.all"));
        from.setLabel(getTranslation("indicator.from"));
        from.setValue(year - 2);
        to.setLabel(getTranslation("indicator.to"));
        to.setValue(year);
        Button showButton = new Button(getTranslation("indicator.show"), click -> show());
        showButton.setId("fact-show");
        HorizontalLayout choices = new HorizontalLayout(region, from, to, showButton);
        choices.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);
        table.setId("fact-table");
        totalNote.setId("fact-total-note");
        totalNote.setVisible(false);
        notYetPublished.setId("fact-not-yet-published");
        notYetPublished.setVisible(false);
        table.setAllRowsVisible(true);
        Anchor download = new Anchor(this::download, getTranslation("indicator.facts.download"));
        download.setId("fact-csv");
        shown = new Shown(FactIndicator.VALIDATED_INSTRUMENTS, new FactRequest(year - 2, year, null));
        setPadding(false);
        add(new H2(getTranslation("indicator.facts.title")), tabs, definition, choices, totalNote, notYetPublished,
                table, download);
        show();
    }

    private Tab tab(FactIndicator indicator) {
        Tab tab = new Tab(getTranslation(indicator.messageKey()));
        tab.setId("fact-tab-" + indicator.number());
        tabs.add(tab);
        return tab;
    }

    private void show() {
        if (from.getValue() == null || to.getValue() == null) {
            from.setInvalid(from.getValue() == null);
            to.setInvalid(to.getValue() == null);
            return;
        }
        FactIndicator indicator = indicatorOf.get(tabs.getSelectedTab());
        FactRequest request = new FactRequest(from.getValue(), to.getValue(),
                region.getValue() == null ? null : region.getValue().code());
        try {
            FactTable layout;
            @Nullable String totalNotOffered;
            List<String> running;
            if (indicator == FactIndicator.DAYS_TO_FIRST_DISCUSSION) {
                DaysReport report = indicators.daysToFirstDiscussion(request);
                threshold = report.threshold();
                totalNotOffered = report.totalNotOffered();
                running = report.notYetPublished();
                layout = FactTable.of(report, this::groupLabel, this::days);
            } else if (indicator == FactIndicator.SUPPORT_STARTED) {
                StartsReport report = indicators.supportStarted(request);
                threshold = report.threshold();
                totalNotOffered = report.totalNotOffered();
                running = report.notYetPublished();
                layout = FactTable.of(report, this::groupLabel, this::support,
                        cell -> cell.cases().label(threshold));
            } else if (indicator == FactIndicator.DAYS_TO_SUPPORT) {
                SupportDaysReport report = indicators.daysToSupport(request);
                threshold = report.threshold();
                totalNotOffered = report.totalNotOffered();
                running = report.notYetPublished();
                layout = FactTable.of(report, this::groupLabel, this::supportDays);
            } else {
                ShareReport report = indicators.share(indicator, request);
                threshold = report.threshold();
                totalNotOffered = report.totalNotOffered();
                running = report.notYetPublished();
                layout = FactTable.of(report, this::groupLabel, this::share);
            }
            shown = new Shown(indicator, request);
            from.setInvalid(false);
            to.setInvalid(false);
            definition.setText(getTranslation("indicator" + indicator.number() + ".definition", "<" + threshold));
            totalNote.setText(totalNotOffered == null ? "" : getTranslation(totalNotOffered));
            totalNote.setVisible(totalNotOffered != null);
            notYetPublished.setText(running.isEmpty() ? "" : getTranslation("indicator.not-yet-published.periods",
                    String.join(", ", running)) + " " + getTranslation("indicator.not-yet-published"));
            notYetPublished.setVisible(!running.isEmpty());
            render(layout);
        } catch (InvalidInputException refused) {
            refused.problems().forEach(problem -> {
                IntegerField field = "from".equals(problem.field()) ? from : to;
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
                field.setInvalid(true);
            });
        }
    }

    /** The indicator and years on screen as CSV, counted and logged again as an export. */
    private void download(DownloadEvent event) throws IOException {
        Shown now = shown;
        event.setFileName("indicator-" + now.indicator().number() + ".csv");
        event.setContentType("text/csv;charset=UTF-8");
        try (OutputStream out = event.getOutputStream()) {
            if (now.indicator() == FactIndicator.DAYS_TO_FIRST_DISCUSSION) {
                FactCsv.writeDays(indicators.daysToFirstDiscussion(now.request()), out);
            } else if (now.indicator() == FactIndicator.SUPPORT_STARTED) {
                SupportCsv.writeStarts(indicators.supportStarted(now.request()), out);
            } else if (now.indicator() == FactIndicator.DAYS_TO_SUPPORT) {
                SupportCsv.writeSupportDays(indicators.daysToSupport(now.request()), out);
            } else {
                FactCsv.writeShares(indicators.share(now.indicator(), now.request()), out);
            }
        }
    }

    private record Shown(FactIndicator indicator, FactRequest request) {}

    private void render(FactTable layout) {
        table.removeAllColumns();
        table.addColumn(FactTable.Row::label).setHeader(getTranslation("indicator.facts.group"))
                .setAutoWidth(true).setFlexGrow(1);
        if (layout.bySupport()) {
            table.addColumn(FactTable.Row::support).setHeader(getTranslation("indicator8.support"))
                    .setAutoWidth(true).setFlexGrow(1);
        }
        for (String period : layout.periods()) {
            table.addColumn(row -> row.shown(period)).setHeader(period).setAutoWidth(true);
        }
        table.setItems(layout.rows());
    }

    private String groupLabel(String group) {
        return FactIndicatorService.TOTAL.equals(group) ? getTranslation("indicator.facts.total")
                : municipalityNames.getOrDefault(group, group);
    }

    private String share(ShareCell cell) {
        return cell.suppressed() ? cell.total().label(threshold)
                : getTranslation("indicator.facts.share-cell", decimal(cell.percentage()), cell.part().value(),
                        cell.total().value());
    }

    private String days(DaysCell cell) {
        return cell.suppressed() ? cell.cases().label(threshold)
                : getTranslation("indicator.facts.days-cell", decimal(cell.median()), decimal(cell.lowerQuartile()),
                        decimal(cell.upperQuartile()), cell.cases().value());
    }

    /** The row of the regional report: "Stevig Ouderschap, vóór de geboorte". */
    private String support(StartCell cell) {
        return getTranslation("indicator8.row", getTranslation(cell.kind().messageKey()),
                getTranslation("indicator8.phase." + cell.phase().name()));
    }

    private String supportDays(SupportDaysCell cell) {
        return cell.suppressed() ? cell.cases().label(threshold)
                : getTranslation("indicator12-support.cell", decimal(cell.median()), decimal(cell.mean()),
                        cell.cases().value());
    }

    private String decimal(@Nullable Double value) {
        return value == null ? "" : String.format(getLocale(), "%.1f", value);
    }
}
