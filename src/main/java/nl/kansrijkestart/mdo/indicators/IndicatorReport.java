package nl.kansrijkestart.mdo.indicators;

import java.util.List;

/**
 * The answer to an {@link IndicatorRequest}; cells absent from the list are zero, except in the
 * periods of {@code notYetPublished}: those belong to a year that is not published yet (it is still
 * running, {@link Publication}) and have no cells at all. {@code completeYearsOnly} is the
 * setting {@code mdo.indicators.publication=complete-years}: only then may a period be not yet
 * published, and only then does the long CSV have its {@code published} column.
 */
public record IndicatorReport(IndicatorRequest request, int threshold, List<IndicatorCell> cells,
        List<String> notYetPublished, boolean completeYearsOnly) {

    /** The message key telling why a period is not shown yet. */
    public static final String NOT_YET_PUBLISHED = "indicator.not-yet-published";

    public IndicatorReport {
        cells = List.copyOf(cells);
        notYetPublished = List.copyOf(notYetPublished);
    }

    public boolean published(String period) {
        return !notYetPublished.contains(period);
    }
}
