package nl.kansrijkestart.mdo.indicators;

import org.jspecify.annotations.Nullable;

/**
 * One cell of indicator 12 by the report's definition: a year, a municipality code or {@link
 * FactIndicatorService#TOTAL}, the number of cases whose support by the social team or CJG first
 * started then, and the median and mean of the days from their registration. Suppressed: all hidden.
 */
public record SupportDaysCell(String period, String group, Count cases, @Nullable Double median,
        @Nullable Double mean) {

    public boolean suppressed() {
        return cases.suppressed();
    }
}
