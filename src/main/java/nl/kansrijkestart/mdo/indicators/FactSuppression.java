package nl.kansrijkestart.mdo.indicators;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Small-cell suppression for indicators 6, 10 and 12, built on {@link Suppression} so the same
 * threshold k and the same complementary rule apply as for indicator 7. The table of
 * municipalities and the row of the whole selection are suppressed each on their own; the
 * municipalities' complement already assumes that the selection's totals are known.
 */
final class FactSuppression {

    private final Suppression suppression;

    FactSuppression(int threshold) {
        this.suppression = new Suppression(threshold);
    }

    int threshold() {
        return suppression.threshold();
    }

    /**
     * A share publishes its count, its part and so also the rest (count − part): the cell is hidden
     * when any of the three is 1..k−1, and then all three are hidden together. Hidden cells enter
     * the complementary rule as small counts, shown cells with their count, so a line never
     * keeps a single hidden cell.
     */
    Set<Suppression.Cell> shares(List<FactQuery.Share> rows) {
        Set<Suppression.Cell> hidden = new HashSet<>();
        for (boolean total : new boolean[] {false, true}) {
            hidden.addAll(suppression.hidden(rows.stream()
                    .filter(row -> FactIndicatorService.TOTAL.equals(row.group()) == total)
                    .collect(Collectors.toMap(FactSuppression::cell,
                            row -> small(row.total()) || small(row.part()) || small(row.total() - row.part())
                                    ? 1L : row.total()))));
        }
        return hidden;
    }

    /** A median is not additive, but the number of cases beside it is: that number decides. */
    Set<Suppression.Cell> days(List<FactQuery.Days> rows) {
        Set<Suppression.Cell> hidden = new HashSet<>();
        for (boolean total : new boolean[] {false, true}) {
            hidden.addAll(suppression.hidden(rows.stream()
                    .filter(row -> FactIndicatorService.TOTAL.equals(row.group()) == total)
                    .collect(Collectors.toMap(FactSuppression::cell, FactQuery.Days::cases))));
        }
        return hidden;
    }

    static Suppression.Cell cell(FactQuery.Share row) {
        return new Suppression.Cell(row.group(), String.valueOf(row.year()));
    }

    static Suppression.Cell cell(FactQuery.Days row) {
        return new Suppression.Cell(row.group(), String.valueOf(row.year()));
    }

    private boolean small(long count) {
        return count > 0 && count < suppression.threshold();
    }
}
