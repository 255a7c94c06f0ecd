package nl.kansrijkestart.mdo.indicators;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer for indicator 12; years and municipalities without a first discussion are absent.
 * {@code totalNotOffered} is the message key telling why the selection has no {@link
 * FactIndicatorService#TOTAL} row (a free set of municipalities), or {@code null}. The years of
 * {@code notYetPublished} are still running and have no cells ({@link IndicatorReport#NOT_YET_PUBLISHED}).
 */
public record DaysReport(FactRequest request, int threshold, List<DaysCell> cells, @Nullable String totalNotOffered,
        List<String> notYetPublished, boolean completeYearsOnly) {

    public DaysReport {
        cells = List.copyOf(cells);
        notYetPublished = List.copyOf(notYetPublished);
    }
}
