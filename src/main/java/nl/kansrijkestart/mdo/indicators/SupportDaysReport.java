package nl.kansrijkestart.mdo.indicators;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The answer for indicator 12 by the report's definition; years and areas without a start are absent. */
public record SupportDaysReport(FactRequest request, int threshold, List<SupportDaysCell> cells,
        @Nullable String totalNotOffered) {

    public SupportDaysReport {
        cells = List.copyOf(cells);
    }
}
