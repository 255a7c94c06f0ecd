package nl.kansrijkestart.mdo.indicators.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import nl.kansrijkestart.mdo.indicators.DaysCell;
import nl.kansrijkestart.mdo.indicators.DaysReport;
import nl.kansrijkestart.mdo.indicators.ShareCell;
import nl.kansrijkestart.mdo.indicators.ShareReport;

/**
 * Indicators 6, 10 and 12 laid out for the screen: a row per group (the selection first, then the
 * municipalities), a column per year, each cell already written out ("75,0% (30 van 40)", "&lt;10").
 */
record FactTable(List<String> periods, List<Row> rows) {

    /** A row: its label and, per period, the text shown; an absent period shows nothing was recorded. */
    record Row(String label, Map<String, String> shown) {

        String shown(String period) {
            return shown.getOrDefault(period, "–");
        }
    }

    static FactTable of(ShareReport report, Function<String, String> groupLabel, Function<ShareCell, String> text) {
        return layout(report.cells(), ShareCell::group, ShareCell::period, groupLabel, text);
    }

    static FactTable of(DaysReport report, Function<String, String> groupLabel, Function<DaysCell, String> text) {
        return layout(report.cells(), DaysCell::group, DaysCell::period, groupLabel, text);
    }

    private static <C> FactTable layout(List<C> cells, Function<C, String> group, Function<C, String> period,
            Function<String, String> groupLabel, Function<C, String> text) {
        List<String> periods = new ArrayList<>(new TreeSet<>(cells.stream().map(period).toList()));
        Map<String, Map<String, String>> byGroup = new LinkedHashMap<>();
        cells.forEach(cell -> byGroup.computeIfAbsent(group.apply(cell), g -> new LinkedHashMap<>())
                .put(period.apply(cell), text.apply(cell)));
        List<Row> rows = byGroup.entrySet().stream()
                .map(entry -> new Row(groupLabel.apply(entry.getKey()), entry.getValue())).toList();
        return new FactTable(periods, rows);
    }
}
