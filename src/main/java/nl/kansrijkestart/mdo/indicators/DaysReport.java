package nl.kansrijkestart.mdo.indicators;

import java.util.List;

/** The answer for indicator 12; years and municipalities without a first discussion are absent. */
public record DaysReport(FactRequest request, int threshold, List<DaysCell> cells) {

    public DaysReport {
        cells = List.copyOf(cells);
    }
}
