package nl.kansrijkestart.mdo.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Measured durations of one benchmark step, in milliseconds. */
final class Timings {

    private final List<Double> millis = new ArrayList<>();

    void add(double value) {
        millis.add(value);
    }

    void addNanos(long nanos) {
        add(nanos / 1_000_000.0);
    }

    double median() {
        List<Double> sorted = sorted();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Nearest rank: the smallest value that at least 90% of the runs do not exceed. */
    double p90() {
        List<Double> sorted = sorted();
        return sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
    }

    double min() {
        return sorted().getFirst();
    }

    double max() {
        return sorted().getLast();
    }

    int runs() {
        return millis.size();
    }

    /** "median | p90 | min | max" for a Markdown table. */
    String cells() {
        return String.format(Locale.ROOT, "%.0f | %.0f | %.0f | %.0f", median(), p90(), min(), max());
    }

    private List<Double> sorted() {
        if (millis.isEmpty()) {
            throw new IllegalStateException("nothing measured");
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted;
    }
}
