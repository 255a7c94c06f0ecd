package nl.kansrijkestart.mdo.indicators;

import org.jspecify.annotations.Nullable;

/**
 * What a coordinator asks for: calendar years {@code fromYear} to {@code toYear} inclusive, cut
 * into periods, one row per group, optionally only the events counted in one region.
 */
public record IndicatorRequest(int fromYear, int toYear, Period period, Grouping grouping,
        @Nullable String regionCode) {

    /** The same range and region, counted in other rows and periods. */
    IndicatorRequest recut(Period otherPeriod, Grouping otherGrouping) {
        return new IndicatorRequest(fromYear, toYear, otherPeriod, otherGrouping, regionCode);
    }
}
