package nl.kansrijkestart.mdo.indicators;

import org.jspecify.annotations.Nullable;

/**
 * One cell of a share indicator (6, 10): a year, a municipality code or {@link FactIndicatorService#TOTAL},
 * the number counted ({@code total}), how many of them qualify ({@code part}) and the percentage
 * (one decimal). A suppressed cell hides all three.
 */
public record ShareCell(String period, String group, Count total, Count part, @Nullable Double percentage) {

    public boolean suppressed() {
        return total.suppressed();
    }
}
