package nl.kansrijkestart.mdo.indicators;

import java.util.List;

/** The answer to an {@link IndicatorRequest}; cells absent from the list are zero. */
public record IndicatorReport(IndicatorRequest request, int threshold, List<IndicatorCell> cells) {

    public IndicatorReport {
        cells = List.copyOf(cells);
    }
}
