package nl.kansrijkestart.mdo.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.kansrijkestart.mdo.indicators.Suppression.Cell;
import org.jspecify.annotations.Nullable;

/**
 * Complementary suppression between nested region rows. In one period a parent region's count
 * minus its sub-regions' counts is the remainder R: the cases of its own municipalities (for
 * distinct cases also less the cases counted in two sub-regions, so R can be negative). Nobody
 * publishes R, but anyone can subtract. So a parent with its direct sub-regions, in one column,
 * is a line whose unknowns are its hidden cells plus R when 0 &lt; |R| &lt; k; R = 0 or |R| ≥ k is
 * taken as known (its municipalities' counts are shown elsewhere). A line with exactly one
 * unknown gives it away, so one more of its cells is hidden: the smallest shown non-zero one,
 * parent or sub-region, preferring a cell whose row has a single hidden cell.
 */
final class RegionRemainders {

    private final int threshold;
    /** A parent row and its nearest descendant rows, in code order. */
    private final Map<String, List<String>> children = new TreeMap<>();

    /**
     * @param parents every region code with its parent code (null for a top region)
     * @param rows the region codes that are rows of the table
     */
    RegionRemainders(int threshold, Map<String, @Nullable String> parents, Set<String> rows) {
        this.threshold = threshold;
        for (String row : new TreeSet<>(rows)) {
            String parent = nearestRowAbove(row, parents, rows);
            if (parent != null) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(row);
            }
        }
    }

    /** The closest ancestor that is itself a row; a missing level in between is skipped. */
    private static @Nullable String nearestRowAbove(String row, Map<String, @Nullable String> parents,
            Set<String> rows) {
        String parent = parents.get(row);
        int depth = 0;
        while (parent != null && !rows.contains(parent) && depth++ < parents.size()) {
            parent = parents.get(parent);
        }
        return parent != null && rows.contains(parent) ? parent : null;
    }

    /** Hides one more cell in every parent line with exactly one unknown; true if any was added. */
    boolean complement(Map<Cell, Long> table, Set<Cell> hidden, Set<String> columns) {
        boolean added = false;
        for (String column : columns) {
            for (Map.Entry<String, List<String>> family : children.entrySet()) {
                List<Cell> line = new ArrayList<>();
                line.add(new Cell(family.getKey(), column));
                family.getValue().forEach(child -> line.add(new Cell(child, column)));
                if (unknowns(line, table, hidden) == 1) {
                    Optional<Cell> complement = complementOf(line, table, hidden);
                    complement.ifPresent(hidden::add);
                    added |= complement.isPresent();
                }
            }
        }
        return added;
    }

    private long unknowns(List<Cell> line, Map<Cell, Long> table, Set<Cell> hidden) {
        long remainder = table.getOrDefault(line.getFirst(), 0L);
        for (Cell child : line.subList(1, line.size())) {
            remainder -= table.getOrDefault(child, 0L);
        }
        boolean smallRemainder = remainder != 0 && Math.abs(remainder) < threshold;
        return line.stream().filter(hidden::contains).count() + (smallRemainder ? 1 : 0);
    }

    private static Optional<Cell> complementOf(List<Cell> line, Map<Cell, Long> table, Set<Cell> hidden) {
        return line.stream()
                .filter(cell -> !hidden.contains(cell) && table.getOrDefault(cell, 0L) > 0)
                .min(Comparator.comparing((Cell cell) -> !aloneInItsRow(cell, hidden))
                        .thenComparing(table::get).thenComparing(Cell::row));
    }

    /** Whether the cell's row has a single hidden cell now, which hiding this cell would mend. */
    private static boolean aloneInItsRow(Cell cell, Set<Cell> hidden) {
        return hidden.stream().filter(other -> other.row().equals(cell.row())).count() == 1;
    }
}
