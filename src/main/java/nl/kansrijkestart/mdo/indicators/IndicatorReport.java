package nl.kansrijkestart.mdo.indicators;

import java.util.List;

/**
 * The answer to an {@link IndicatorRequest}; cells absent from the list are zero, except in the
 * periods of {@code notYetPublished}: those belong to a year that is not published yet (it is still
 * running, {@link Publication}) and have no cells at all.
 */
public record IndicatorReport(IndicatorRequest request, int threshold, List<IndicatorCell> cells,
        List<String> notYetPublished) {

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
