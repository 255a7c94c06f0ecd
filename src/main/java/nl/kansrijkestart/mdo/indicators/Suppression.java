package nl.kansrijkestart.mdo.indicators;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Small-cell suppression of one measure in a table of rows (groups) and columns (periods).
 *
 * <p>Primary: a count from 1 to k−1 is hidden; zero is shown, it says nothing about a person.
 * Complementary: we assume every row and column total can be learnt elsewhere (another grouping,
 * the region's own report), so a line (row or column) with exactly one hidden cell would give
 * that cell away as total minus the rest. In such a line the smallest shown non-zero cell is
 * hidden as well; it is at least k, so the two hidden cells together cannot be split. A cell whose
 * crossing line already has a single hidden cell goes first, as it mends two lines at once and
 * hides less in the end; lines are visited in order, so the same table always gives the same
 * result. This repeats
 * until no line has a single hidden cell, because a second hidden cell in a row can leave its
 * column with a single one. A line whose only other cells are zero needs nothing more: its total
 * then equals the hidden count, is below k itself and is hidden wherever it is published.
 *
 * <p>When the rows are nested regions, a parent and its sub-regions form one more line per
 * column, with the unpublished remainder as a cell of its own ({@link RegionRemainders}); the
 * same repetition brings all three kinds of lines into order together.
 */
final class Suppression {

    private final int threshold;

    Suppression(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1");
        }
        this.threshold = threshold;
    }

    int threshold() {
        return threshold;
    }

    /** The cells to hide; cells absent from the table are zero. */
    Set<Cell> hidden(Map<Cell, Long> table) {
        return hidden(table, Map.of());
    }

    /**
     * The cells to hide when rows may be nested regions.
     *
     * @param parents every region code with its parent's code (null for a top region); rows that
     *     are not in it have no parent
     */
    Set<Cell> hidden(Map<Cell, Long> table, Map<String, @Nullable String> parents) {
        Set<String> rows = table.keySet().stream().map(Cell::row).collect(Collectors.toSet());
        Set<String> columns = table.keySet().stream().map(Cell::column).collect(Collectors.toCollection(TreeSet::new));
        RegionRemainders remainders = new RegionRemainders(threshold, parents, rows);
        Set<Cell> hidden = table.entrySet().stream()
                .filter(entry -> entry.getValue() > 0 && entry.getValue() < threshold)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(HashSet::new));
        boolean changed = true;
        while (changed) {
            changed = complement(table, hidden, Cell::row, Cell::column)
                    | complement(table, hidden, Cell::column, Cell::row)
                    | remainders.complement(table, hidden, columns);
        }
        return hidden;
    }

    /** Hides one more cell in every line that has exactly one hidden cell; true if any was added. */
    private static boolean complement(Map<Cell, Long> table, Set<Cell> hidden, Function<Cell, String> line,
            Function<Cell, String> crossing) {
        Map<String, List<Cell>> lines = table.keySet().stream()
                .collect(Collectors.groupingBy(line, TreeMap::new, Collectors.toList()));
        boolean added = false;
        for (List<Cell> cells : lines.values()) {
            if (cells.stream().filter(hidden::contains).count() == 1) {
                Optional<Cell> smallest = cells.stream()
                        .filter(cell -> !hidden.contains(cell) && table.get(cell) > 0)
                        .min(Comparator.comparing((Cell cell) -> !mends(cell, hidden, crossing))
                                .thenComparing(table::get).thenComparing(Cell::row).thenComparing(Cell::column));
                smallest.ifPresent(hidden::add);
                added |= smallest.isPresent();
            }
        }
        return added;
    }

    /** Whether hiding the cell leaves its crossing line, which has a single hidden cell now, with two. */
    private static boolean mends(Cell cell, Set<Cell> hidden, Function<Cell, String> crossing) {
        String line = crossing.apply(cell);
        return hidden.stream().filter(other -> crossing.apply(other).equals(line)).count() == 1;
    }

    /** A table position: the group and the period. */
    record Cell(String row, String column) {}
}
