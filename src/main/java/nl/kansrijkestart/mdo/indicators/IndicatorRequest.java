package nl.kansrijkestart.mdo.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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

    /** Every period of the range in order, as cells label them ("2025", "2025-Q1", "2025-03"). */
    public List<String> periodLabels() {
        List<String> labels = new ArrayList<>();
        int step = switch (period) {
            case YEAR -> 12;
            case QUARTER -> 3;
            case MONTH -> 1;
        };
        for (YearMonth month = from.firstMonth(); !month.isAfter(to.lastMonth()); month = month.plusMonths(step)) {
            labels.add(periodOf(month).label());
        }
        return labels;
    }

    private PeriodBound periodOf(YearMonth month) {
        return switch (period) {
            case YEAR -> PeriodBound.year(month.getYear());
            case QUARTER -> PeriodBound.quarter(month.getYear(), (month.getMonthValue() + 2) / 3);
            case MONTH -> PeriodBound.month(month.getYear(), month.getMonthValue());
        };
    }

    /** The same range, region and municipalities, counted in other rows and periods. */
    IndicatorRequest recut(Period otherPeriod, Grouping otherGrouping) {
        return new IndicatorRequest(from, to, otherPeriod, otherGrouping, regionCode, municipalities);
    }
}
