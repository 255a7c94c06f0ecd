package nl.kansrijkestart.mdo.indicators;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator asks for: the periods {@code from} to {@code to} inclusive (years, quarters
 * or months), cut into periods, one row per group, optionally only the events counted in one
 * region or in some municipalities.
 *
 * @param municipalities CBS codes to count only; empty for all (within the coordinator's scope)
 */
public record IndicatorRequest(PeriodBound from, PeriodBound to, Period period, Grouping grouping,
        @Nullable String regionCode, Set<String> municipalities) {

    public IndicatorRequest {
        municipalities = Set.copyOf(municipalities);
    }

    /** Whole calendar years, all municipalities. */
    public IndicatorRequest(int fromYear, int toYear, Period period, Grouping grouping, @Nullable String regionCode) {
        this(PeriodBound.year(fromYear), PeriodBound.year(toYear), period, grouping, regionCode, Set.of());
    }

    public int fromYear() {
        return from.year();
    }

    public int toYear() {
        return to.year();
    }

    public LocalDate firstDay() {
        return from.firstMonth().atDay(1);
    }

    public LocalDate lastDay() {
        return to.lastMonth().atEndOfMonth();
    }

    /** The same range, region and municipalities, counted in other rows and periods. */
    IndicatorRequest recut(Period otherPeriod, Grouping otherGrouping) {
        return new IndicatorRequest(from, to, otherPeriod, otherGrouping, regionCode, municipalities);
    }
}
