package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.kansrijkestart.mdo.indicators.Suppression.Cell;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Suppression when the rows are nested regions, k = 10: a parent's count minus its sub-regions'
 * counts must not give away a small remainder or a hidden sub-region. Crafted tables in the shape
 * of Gelderland-Midden (GM) with its sub-regions Oost and Gelderse Vallei (GV); columns are years.
 */
class NestedRegionSuppressionTest {

    private static final Map<String, @Nullable String> PARENTS = parents();

    private final Suppression suppression = new Suppression(10);

    @Test
    void aParentThreeAboveItsSubRegionsHidesTheSmallestOfThemAndItsComplements() {
        Map<Cell, Long> table = new HashMap<>();
        put(table, 2025, "GM", 43, "OOST", 20, "GV", 20);
        put(table, 2026, "GM", 60, "OOST", 25, "GV", 25);

        Set<Cell> hidden = suppression.hidden(table, PARENTS);

        assertThat(hidden).as("GM − Oost − GV = 3 in 2025: the sub-regions are hidden, the parent stays")
                .containsExactlyInAnyOrder(cell("GV", 2025), cell("OOST", 2025), cell("GV", 2026),
                        cell("OOST", 2026));
    }

    @Test
    void aHiddenSubRegionCannotBeRecoveredAsItsParentMinusItsSibling() {
        Map<Cell, Long> table = new HashMap<>();
        put(table, 2025, "GM", 25, "OOST", 20, "GV", 5, "ELSEWHERE", 4);
        put(table, 2026, "GM", 50, "OOST", 25, "GV", 25, "ELSEWHERE", 30);

        Set<Cell> hidden = suppression.hidden(table, PARENTS);

        assertThat(hidden).as("the column already has two hidden cells, but GM − Oost would be GV's 5")
                .contains(cell("GV", 2025), cell("OOST", 2025)).doesNotContain(cell("GM", 2025));
    }

    @Test
    void casesCountedInTwoSubRegionsLeaveANegativeRemainderThatIsProtectedToo() {
        Map<Cell, Long> table = new HashMap<>();
        put(table, 2025, "GM", 30, "OOST", 18, "GV", 15);

        assertThat(suppression.hidden(table, PARENTS)).as("three cases moved between Oost and GV in 2025")
                .containsAnyOf(cell("GM", 2025), cell("OOST", 2025), cell("GV", 2025));
    }

    @Test
    void aRemainderOfZeroOrOfAtLeastTheThresholdHidesNothing() {
        Map<Cell, Long> table = new HashMap<>();
        put(table, 2025, "GM", 40, "OOST", 20, "GV", 20);
        put(table, 2026, "GM", 50, "OOST", 20, "GV", 20);

        assertThat(suppression.hidden(table, PARENTS)).isEmpty();
    }

    @Test
    void aThirdLevelIsCheckedAgainstItsOwnParentAndTheGrandparentLeaksNothingEither() {
        Map<Cell, Long> table = new HashMap<>();
        put(table, 2025, "GM", 100, "OOST", 40, "GV", 60, "OOST-NOORD", 35);

        Set<Cell> hidden = suppression.hidden(table, PARENTS);

        assertThat(hidden).as("Oost − Oost-Noord = 5").containsAnyOf(cell("OOST", 2025), cell("OOST-NOORD", 2025));
        assertThat(hidden).as("GM − Oost-Noord − GV = 5 as well")
                .containsAnyOf(cell("GM", 2025), cell("OOST-NOORD", 2025), cell("GV", 2025));
    }

    @Test
    void aSubRegionWhoseParentIsNoRowIsComparedWithTheNearestRegionAboveIt() {
        Map<Cell, Long> table = new HashMap<>();
        put(table, 2025, "GM", 38, "OOST-NOORD", 35);

        assertThat(suppression.hidden(table, PARENTS)).containsAnyOf(cell("GM", 2025), cell("OOST-NOORD", 2025));
    }

    @Test
    void withoutARegionHierarchyTheSameTableHidesNothing() {
        Map<Cell, Long> table = new HashMap<>();
        put(table, 2025, "GM", 43, "OOST", 20, "GV", 20);

        assertThat(suppression.hidden(table)).as("municipalities or meeting types do not nest").isEmpty();
    }

    private static Map<String, @Nullable String> parents() {
        Map<String, @Nullable String> parents = new HashMap<>();
        parents.put("GM", null);
        parents.put("ELSEWHERE", null);
        parents.put("OOST", "GM");
        parents.put("GV", "GM");
        parents.put("OOST-NOORD", "OOST");
        return parents;
    }

    /** Puts row, count, row, count, … into one year's column. */
    private static void put(Map<Cell, Long> table, int year, Object... rowsAndCounts) {
        for (int i = 0; i < rowsAndCounts.length; i += 2) {
            table.put(cell((String) rowsAndCounts[i], year), ((Integer) rowsAndCounts[i + 1]).longValue());
        }
    }

    private static Cell cell(String row, int year) {
        return new Cell(row, String.valueOf(year));
    }
}
