package nl.kansrijkestart.mdo.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** Counted rows turned into published cells, with each measure suppressed over its table. */
final class SuppressedCells {

    private final Suppression suppression;

    SuppressedCells(Suppression suppression) {
        this.suppression = suppression;
    }

    int threshold() {
        return suppression.threshold();
    }

    /** The rows as one table of groups by periods. */
    List<IndicatorCell> of(List<CountingQuery.Counted> counted) {
        Set<Suppression.Cell> hiddenCases = suppression.hidden(table(counted, CountingQuery.Counted::cases));
        Set<Suppression.Cell> hiddenDiscussions =
                suppression.hidden(table(counted, CountingQuery.Counted::discussions));
        List<IndicatorCell> cells = new ArrayList<>();
        for (CountingQuery.Counted row : counted) {
            Suppression.Cell cell = new Suppression.Cell(row.group(), row.period());
            cells.add(new IndicatorCell(row.period(), row.group(),
                    hiddenCases.contains(cell) ? Count.hidden() : Count.shown(row.cases()),
                    hiddenDiscussions.contains(cell) ? Count.hidden() : Count.shown(row.discussions())));
        }
        cells.sort(Comparator.comparing(IndicatorCell::group).thenComparing(IndicatorCell::period));
        return cells;
    }

    /**
     * Rows "CASE_TYPE/x" as one table per case type: the totals per case type and period are
     * published beside them, so each case type's columns must keep their hidden cells in pairs.
     */
    List<IndicatorCell> perCaseType(List<CountingQuery.Counted> counted) {
        Map<String, List<CountingQuery.Counted>> byCaseType = counted.stream()
                .collect(Collectors.groupingBy(row -> row.group().split("/", 2)[0], TreeMap::new,
                        Collectors.toList()));
        return byCaseType.values().stream().flatMap(rows -> of(rows).stream()).toList();
    }

    private static Map<Suppression.Cell, Long> table(List<CountingQuery.Counted> counted,
            ToLongFunction<CountingQuery.Counted> measure) {
        return counted.stream().collect(Collectors.toMap(row -> new Suppression.Cell(row.group(), row.period()),
                measure::applyAsLong));
    }
}
