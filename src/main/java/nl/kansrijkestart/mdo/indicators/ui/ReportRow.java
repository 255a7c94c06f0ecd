package nl.kansrijkestart.mdo.indicators.ui;

import java.util.Map;
import nl.kansrijkestart.mdo.indicators.Count;

/** A row of the report layout: its text and, per period, the count (absent means zero). */
record ReportRow(String text, Map<String, Count> counts, int threshold) {

    String shown(String period) {
        Count count = counts.get(period);
        return count == null ? "0" : count.label(threshold);
    }

    /** For the chart: a hidden count draws no bar. */
    long value(String period) {
        Count count = counts.get(period);
        return count == null || count.value() == null ? 0 : count.value();
    }
}
