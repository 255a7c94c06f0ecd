package nl.kansrijkestart.mdo.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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
        return of(counted, Map.of());
    }

    /** The same, where rows that are nested regions ({@code parents}: code → parent code) also protect their remainders. */
    List<IndicatorCell> of(List<CountingQuery.Counted> counted, Map<String, @Nullable String> parents) {
        Set<Suppression.Cell> hiddenCases = suppression.hidden(table(counted, CountingQuery.Counted::cases), parents);
        Set<Suppression.Cell> hiddenDiscussions =
                suppression.hidden(table(counted, CountingQuery.Counted::discussions), parents);
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
        return perCaseType(counted, Map.of());
    }

    /** The same, with region rows ("CASE_TYPE/region") nested as {@code parents} says. */
    List<IndicatorCell> perCaseType(List<CountingQuery.Counted> counted, Map<String, @Nullable String> parents) {
        Map<String, List<CountingQuery.Counted>> byCaseType = counted.stream()
                .collect(Collectors.groupingBy(row -> row.group().split("/", 2)[0], TreeMap::new,
                        Collectors.toList()));
        return byCaseType.entrySet().stream()
                .flatMap(rows -> of(rows.getValue(), prefixed(rows.getKey(), parents)).stream()).toList();
    }

    private static Map<String, @Nullable String> prefixed(String caseType, Map<String, @Nullable String> parents) {
        Map<String, @Nullable String> prefixed = new HashMap<>();
        parents.forEach((code, parent) -> prefixed.put(caseType + "/" + code, parent == null ? null
                : caseType + "/" + parent));
        return prefixed;
    }

    private static Map<Suppression.Cell, Long> table(List<CountingQuery.Counted> counted,
            ToLongFunction<CountingQuery.Counted> measure) {
        return counted.stream().collect(Collectors.toMap(row -> new Suppression.Cell(row.group(), row.period()),
                measure::applyAsLong));
    }
}
