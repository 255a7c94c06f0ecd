package nl.kansrijkestart.mdo.indicators;

import java.util.List;

/** The answer for indicator 6 or 10; years and municipalities without any fact are absent. */
public record ShareReport(FactIndicator indicator, FactRequest request, int threshold, List<ShareCell> cells) {

    public ShareReport {
        cells = List.copyOf(cells);
    }
}
