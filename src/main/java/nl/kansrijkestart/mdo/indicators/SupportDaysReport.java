package nl.kansrijkestart.mdo.indicators;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer for indicator 12 by the report's definition; years and areas without a start are absent.
 * {@code totalNotOffered} is the message key telling why the selection has no {@link
 * FactIndicatorService#TOTAL} row (a free set of municipalities), or {@code null}. The years of
 * {@code notYetPublished} are still running and have no cells ({@link IndicatorReport#NOT_YET_PUBLISHED}).
 */
public record SupportDaysReport(FactRequest request, int threshold, List<SupportDaysCell> cells,
        @Nullable String totalNotOffered, List<String> notYetPublished, boolean completeYearsOnly) {

    public SupportDaysReport {
        cells = List.copyOf(cells);
        notYetPublished = List.copyOf(notYetPublished);
    }
}
