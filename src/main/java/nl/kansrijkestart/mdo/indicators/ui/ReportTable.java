package nl.kansrijkestart.mdo.indicators.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import nl.kansrijkestart.mdo.indicators.Count;
import nl.kansrijkestart.mdo.indicators.IndicatorCell;
import nl.kansrijkestart.mdo.indicators.IndicatorReport;

/** The report layout of an indicator report: rows per group and chosen measure, columns per period. */
record ReportTable(List<String> periods, List<ReportRow> rows) {

    /**
     * @param discussionsChosen the chosen measures: {@code false} for cases, {@code true} for discussions
     * @param rowText the text of a group's row for a measure
     */
    static ReportTable of(IndicatorReport report, Set<Boolean> discussionsChosen,
            BiFunction<String, Boolean, String> rowText) {
        // Every period of the range, so a quarter without discussions reads 0 rather than going missing.
        List<String> periods = report.request().periodLabels();
        Map<String, List<IndicatorCell>> byGroup = new TreeMap<>();
        report.cells().forEach(cell -> byGroup.computeIfAbsent(cell.group(), g -> new ArrayList<>()).add(cell));
        List<ReportRow> rows = new ArrayList<>();
        for (boolean discussions : new boolean[] {false, true}) {
            if (!discussionsChosen.contains(discussions)) {
                continue;
            }
            byGroup.forEach((group, cells) -> {
                Map<String, Count> counts = new TreeMap<>();
                cells.forEach(cell -> counts.put(cell.period(), discussions ? cell.discussions() : cell.cases()));
                rows.add(new ReportRow(rowText.apply(group, discussions), counts, report.threshold()));
            });
        }
        return new ReportTable(periods, rows);
    }
}
