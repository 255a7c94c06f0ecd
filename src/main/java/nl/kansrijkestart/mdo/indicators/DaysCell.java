package nl.kansrijkestart.mdo.indicators;

import org.jspecify.annotations.Nullable;

/**
 * One cell of indicator 12: a year, a municipality code or {@link FactIndicatorService#TOTAL}, the
 * number of cases first discussed then, and the median and quartiles of their days from
 * registration to that discussion. A suppressed cell hides the number and the days.
 */
public record DaysCell(String period, String group, Count cases, @Nullable Double median,
        @Nullable Double lowerQuartile, @Nullable Double upperQuartile) {

    public boolean suppressed() {
        return cases.suppressed();
    }
}
