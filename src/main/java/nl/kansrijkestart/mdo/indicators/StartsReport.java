package nl.kansrijkestart.mdo.indicators;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The answer for indicator 8; years, areas, kinds and phases without any start are absent. */
public record StartsReport(FactRequest request, int threshold, List<StartCell> cells, @Nullable String totalNotOffered) {

    public StartsReport {
        cells = List.copyOf(cells);
    }
}
