package nl.kansrijkestart.mdo.indicators.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import nl.kansrijkestart.mdo.indicators.DaysCell;
import nl.kansrijkestart.mdo.indicators.DaysReport;
import nl.kansrijkestart.mdo.indicators.ShareCell;
import nl.kansrijkestart.mdo.indicators.ShareReport;
import nl.kansrijkestart.mdo.indicators.StartCell;
import nl.kansrijkestart.mdo.indicators.StartsReport;
import nl.kansrijkestart.mdo.indicators.SupportDaysCell;
import nl.kansrijkestart.mdo.indicators.SupportDaysReport;
import org.jspecify.annotations.Nullable;

/**
 * Indicators 6, 8, 10, 12 and 12 by the report laid out for the screen: a row per group (the
 * selection first, then the municipalities) and, for 8, per programme and phase around the birth
 * as the regional report has them; a column per year, each cell already written out ("75,0% (30
 * van 40)", "&lt;10").
 */
record FactTable(List<String> periods, List<Row> rows) {

    /**
     * A row: its label, for 8 the programme and phase ({@code null} otherwise) and, per period, the
     * text shown; an absent period shows nothing was recorded.
     */
    record Row(String label, @Nullable String support, Map<String, String> shown) {

        String shown(String period) {
            return shown.getOrDefault(period, "–");
        }
    }

    /** Whether the rows carry a programme and phase (indicator 8), shown in a column of its own. */
    boolean bySupport() {
        return rows.stream().anyMatch(row -> row.support() != null);
    }

    static FactTable of(ShareReport report, Function<String, String> groupLabel, Function<ShareCell, String> text) {
        return layout(report.cells(), ShareCell::group, ShareCell::period, groupLabel, text);
    }

    static FactTable of(DaysReport report, Function<String, String> groupLabel, Function<DaysCell, String> text) {
        return layout(report.cells(), DaysCell::group, DaysCell::period, groupLabel, text);
    }

    static FactTable of(SupportDaysReport report, Function<String, String> groupLabel,
            Function<SupportDaysCell, String> text) {
        return layout(report.cells(), SupportDaysCell::group, SupportDaysCell::period, groupLabel, text);
    }

    /**
     * Indicator 8 in the rows of the regional report: per group the programmes it names ({@link
     * StartsReport#REPORT_KINDS}, in its order), each phase around the birth with a start in the years
     * shown. Other kinds of support are in the feed and the CSV, not on the screen.
     */
    static FactTable of(StartsReport report, Function<String, String> groupLabel,
            Function<StartCell, String> supportLabel, Function<StartCell, String> text) {
        List<StartCell> cells = report.cells().stream()
                .filter(cell -> StartsReport.REPORT_KINDS.contains(cell.kind()))
                .sorted(Comparator.comparingInt((StartCell cell) -> StartsReport.REPORT_KINDS.indexOf(cell.kind()))
                        .thenComparing(StartCell::phase))
                .toList();
        List<String> periods = new ArrayList<>(new TreeSet<>(cells.stream().map(StartCell::period).toList()));
        Map<String, Map<String, Map<String, String>>> byGroup = new LinkedHashMap<>();
        Map<String, String> supportLabels = new LinkedHashMap<>();
        // Groups in the service's order (the selection first), programmes and phases in the report's.
        report.cells().stream().map(StartCell::group).distinct().forEach(group -> byGroup.put(group,
                new LinkedHashMap<>()));
        for (StartCell cell : cells) {
            String support = cell.kind() + "/" + cell.phase();
            supportLabels.putIfAbsent(support, supportLabel.apply(cell));
            byGroup.get(cell.group()).computeIfAbsent(support, s -> new LinkedHashMap<>())
                    .put(cell.period(), text.apply(cell));
        }
        List<Row> rows = new ArrayList<>();
        byGroup.forEach((group, supports) -> supports.forEach((support, shown) ->
                rows.add(new Row(groupLabel.apply(group), supportLabels.get(support), shown))));
        return new FactTable(periods, rows);
    }

    private static <C> FactTable layout(List<C> cells, Function<C, String> group, Function<C, String> period,
            Function<String, String> groupLabel, Function<C, String> text) {
        List<String> periods = new ArrayList<>(new TreeSet<>(cells.stream().map(period).toList()));
        Map<String, Map<String, String>> byGroup = new LinkedHashMap<>();
        cells.forEach(cell -> byGroup.computeIfAbsent(group.apply(cell), g -> new LinkedHashMap<>())
                .put(period.apply(cell), text.apply(cell)));
        List<Row> rows = byGroup.entrySet().stream()
                .map(entry -> new Row(groupLabel.apply(entry.getKey()), null, entry.getValue())).toList();
        return new FactTable(periods, rows);
    }
}
