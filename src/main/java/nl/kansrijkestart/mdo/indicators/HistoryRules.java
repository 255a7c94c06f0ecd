package nl.kansrijkestart.mdo.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The checks of imported figures, line by line and between lines: a known indicator, measure and
 * area within the coordinator's scope, a year before or in the current one, a number of at least
 * zero (whole for counts), no figure twice (in the file or already stored), and figures that
 * belong together complete (a share's total and part, a median with its number of cases).
 */
final class HistoryRules {

    /** One figure as read, with the line it came from (1 = the header of a file). */
    record Line(int number, String indicator, String area, String year, String measure, String value) {}

    /** A checked figure. */
    record Figure(int line, String indicator, String area, int year, String measure, BigDecimal value) {
        String key() {
            return indicator + "|" + area + "|" + year + "|" + measure;
        }
    }

    /** Why a line was refused: a reason (message key suffix), the field it concerns, and arguments after the line. */
    record Refusal(int line, String reason, String field, Object... arguments) {}

    private final Set<String> municipalities;
    private final Set<String> regions;
    private final Set<String> readable;
    private final int currentYear;
    private final Function<String, @Nullable Stored> stored;
    private final Set<String> storedKeys;

    /** A figure already in the database: its value and source. */
    record Stored(BigDecimal value, String source) {}

    /**
     * @param readable the area codes the coordinator may import for (her municipalities and the
     *     regions wholly within them; all without a scope)
     * @param stored the stored figure for a {@link Figure#key()}, or {@code null}
     */
    HistoryRules(Set<String> municipalities, Set<String> regions, Set<String> readable, int currentYear,
            Function<String, @Nullable Stored> stored) {
        this(municipalities, regions, readable, currentYear, stored, Set.of());
    }

    /** @param storedKeys the keys of every stored figure, also one left out of {@code stored} to be corrected */
    HistoryRules(Set<String> municipalities, Set<String> regions, Set<String> readable, int currentYear,
            Function<String, @Nullable Stored> stored, Set<String> storedKeys) {
        this.storedKeys = storedKeys;
        this.municipalities = municipalities;
        this.regions = regions;
        this.readable = readable;
        this.currentYear = currentYear;
        this.stored = stored;
    }

    /** Whether a figure with this {@link Figure#key()} is stored (also when left out to be corrected). */
    boolean stores(String key) {
        return storedKeys.contains(key);
    }

    /** The figures of the lines if all are valid; else every refusal, the lines in order. */
    List<Figure> check(List<Line> lines, List<Refusal> refusals) {
        List<Figure> figures = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Line line : lines) {
            Figure figure = check(line, refusals);
            if (figure == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(figure.key(), line.number());
            Stored existing = stored.apply(figure.key());
            if (earlier != null) {
                refusals.add(new Refusal(line.number(), "duplicate-in-file", "value", earlier));
            } else if (existing != null) {
                refusals.add(new Refusal(line.number(), "already-imported", "value", existing.source()));
            } else {
                figures.add(figure);
            }
        }
        if (refusals.isEmpty()) {
            checkTogether(figures, refusals);
        }
        return refusals.isEmpty() ? figures : List.of();
    }

    private @Nullable Figure check(Line line, List<Refusal> refusals) {
        int before = refusals.size();
        int n = line.number();
        String indicator = line.indicator().strip();
        String area = line.area().strip().toUpperCase(java.util.Locale.ROOT);
        String measure = line.measure().strip();
        if (!HistoryMeasures.INDICATORS.contains(indicator)) {
            refusals.add(new Refusal(n, "indicator-unknown", "indicator", indicator));
        } else if (!HistoryMeasures.of(indicator).contains(measure)) {
            refusals.add(new Refusal(n, "measure-unknown", "measure", measure, indicator,
                    String.join(", ", HistoryMeasures.of(indicator))));
        }
        if (!municipalities.contains(area) && !regions.contains(area)) {
            refusals.add(new Refusal(n, "area-unknown", "area", area));
        } else if (!readable.contains(area)) {
            refusals.add(new Refusal(n, "area-outside-scope", "area", area));
        }
        Integer year = year(line.year().strip());
        if (year == null || year < RequestRules.FIRST_YEAR || year > currentYear) {
            refusals.add(new Refusal(n, "year-invalid", "year", line.year().strip(), String.valueOf(currentYear)));
        }
        BigDecimal value = value(line.value().strip());
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100_000_000)) >= 0) {
            refusals.add(new Refusal(n, "value-invalid", "value", line.value().strip()));
        } else if (HistoryMeasures.isCount(measure) && value.stripTrailingZeros().scale() > 0) {
            refusals.add(new Refusal(n, "value-not-whole", "value", line.value().strip()));
        } else if (value.stripTrailingZeros().scale() > 1) {
            refusals.add(new Refusal(n, "value-one-decimal", "value", line.value().strip()));
        }
        if (refusals.size() > before || year == null || value == null) {
            return null;
        }
        return new Figure(n, indicator, area, year, measure, value);
    }

    /** A share's part needs its total (and not more), a median its number of cases: in the file or stored. */
    private void checkTogether(List<Figure> figures, List<Refusal> refusals) {
        Map<String, BigDecimal> values = new HashMap<>();
        figures.forEach(figure -> values.put(figure.key(), figure.value()));
        for (Figure figure : figures) {
            switch (figure.measure()) {
                case HistoryMeasures.TOTAL, HistoryMeasures.PART -> {
                    BigDecimal total = partner(figure, HistoryMeasures.TOTAL, values);
                    BigDecimal part = partner(figure, HistoryMeasures.PART, values);
                    if (total == null || part == null) {
                        refusals.add(new Refusal(figure.line(), "share-incomplete", "measure"));
                    } else if (figure.measure().equals(HistoryMeasures.PART) && part.compareTo(total) > 0) {
                        refusals.add(new Refusal(figure.line(), "part-exceeds-total", "value", part, total));
                    } else if (figure.measure().equals(HistoryMeasures.TOTAL) && part.compareTo(total) > 0
                            && !values.containsKey(figure.indicator() + "|" + figure.area() + "|" + figure.year() + "|"
                                    + HistoryMeasures.PART)) {
                        // A corrected total below the part stored with it.
                        refusals.add(new Refusal(figure.line(), "part-exceeds-total", "value", part, total));
                    }
                }
                case HistoryMeasures.MEDIAN_DAYS -> {
                    if (!"12".equals(figure.indicator())) {
                        break;
                    }
                    if (partner(figure, HistoryMeasures.CASES, values) == null) {
                        refusals.add(new Refusal(figure.line(), "median-without-cases", "measure"));
                    }
                }
                default -> { }
            }
        }
    }

    private @Nullable BigDecimal partner(Figure figure, String measure, Map<String, BigDecimal> values) {
        String key = figure.indicator() + "|" + figure.area() + "|" + figure.year() + "|" + measure;
        BigDecimal inFile = values.get(key);
        if (inFile != null) {
            return inFile;
        }
        Stored existing = stored.apply(key);
        return existing == null ? null : existing.value();
    }

    private static @Nullable Integer year(String text) {
        return text.matches("\\d{4}") ? Integer.valueOf(text) : null;
    }

    private static @Nullable BigDecimal value(String text) {
        String normalised = text.replace(',', '.');
        return normalised.matches("-?\\d{1,9}(\\.\\d+)?") ? new BigDecimal(normalised) : null;
    }
}
