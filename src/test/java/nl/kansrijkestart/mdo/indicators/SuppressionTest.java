package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.kansrijkestart.mdo.indicators.Suppression.Cell;
import org.junit.jupiter.api.Test;

/** Small-cell suppression on crafted tables of municipalities (rows) by years (columns), k = 10. */
class SuppressionTest {

    private final Suppression suppression = new Suppression(10);

    @Test
    void countsFromOneToNineAreHiddenAndZeroAndTenAreShown() {
        Map<Cell, Long> table = table(new String[] {"A"}, new long[][] {{0, 1, 9, 10, 40}});
        assertThat(suppression.hidden(table)).contains(cell("A", 1), cell("A", 2)).doesNotContain(cell("A", 0),
                cell("A", 4));
    }

    @Test
    void aSingleSmallCellInARowAndColumnHidesTheSmallestOtherCellsToo() {
        Map<Cell, Long> table = table(new String[] {"A", "B", "C"}, new long[][] {
                {3, 20, 50},
                {30, 40, 60},
                {25, 70, 80}});
        Set<Cell> hidden = suppression.hidden(table);

        assertThat(hidden).as("the complement in column 1 is taken from row C, which already needs one")
                .containsExactlyInAnyOrder(cell("A", 0), cell("A", 1), cell("C", 0), cell("C", 1));
        assertEveryLineHidesNoneOrAtLeastTwo(table, hidden);
    }

    @Test
    void twoSmallCellsInOneRowNeedComplementsInTheirColumns() {
        Map<Cell, Long> table = table(new String[] {"A", "B"}, new long[][] {
                {2, 4, 30},
                {15, 12, 11}});
        Set<Cell> hidden = suppression.hidden(table);

        assertThat(hidden).containsExactlyInAnyOrder(cell("A", 0), cell("A", 1), cell("B", 0), cell("B", 1));
        assertEveryLineHidesNoneOrAtLeastTwo(table, hidden);
    }

    @Test
    void aSmallCellBesideOnlyZerosNeedsNoComplementBecauseItsTotalIsSmallToo() {
        Map<Cell, Long> table = table(new String[] {"A"}, new long[][] {{0, 5, 0}});
        assertThat(suppression.hidden(table)).containsExactly(cell("A", 1));
    }

    @Test
    void aTableWithoutSmallCellsHidesNothing() {
        Map<Cell, Long> table = table(new String[] {"A", "B"}, new long[][] {{10, 0}, {11, 12}});
        assertThat(suppression.hidden(table)).isEmpty();
    }

    @Test
    void theThresholdIsAtLeastOne() {
        assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertEveryLineHidesNoneOrAtLeastTwo(Map<Cell, Long> table, Set<Cell> hidden) {
        for (Cell cell : table.keySet()) {
            long inRow = hidden.stream().filter(h -> h.row().equals(cell.row())).count();
            long inColumn = hidden.stream().filter(h -> h.column().equals(cell.column())).count();
            assertThat(inRow).as("hidden in row " + cell.row()).isNotEqualTo(1);
            assertThat(inColumn).as("hidden in column " + cell.column()).isNotEqualTo(1);
        }
    }

    private static Map<Cell, Long> table(String[] rows, long[][] values) {
        Map<Cell, Long> table = new HashMap<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                table.put(cell(rows[r], c), values[r][c]);
            }
        }
        return table;
    }

    private static Cell cell(String row, int column) {
        return new Cell(row, String.valueOf(2020 + column));
    }
}
