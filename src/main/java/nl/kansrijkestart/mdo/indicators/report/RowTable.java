package nl.kansrijkestart.mdo.indicators.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Collects a chapter's rows: the application's figures for the years of the edition and the
 * imported figures. An imported figure of a year before the range fills that year's column of its
 * row (marked with its source); one of a year within the range never replaces or adds to the
 * application's figure: it gets a row of its own ("… (ingelezen)").
 */
final class RowTable {

    static final ReportFigure NONE = new ReportFigure("–", null, false, null);

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Map<Integer, ReportFigure>> own = new HashMap<>();
    private final Map<String, Map<Integer, ReportFigure>> imported = new HashMap<>();

    void row(String key, String label) {
        labels.putIfAbsent(key, label);
    }

    boolean hasRow(String key) {
        return labels.containsKey(key);
    }

    void own(String key, int year, ReportFigure figure) {
        own.computeIfAbsent(key, k -> new HashMap<>()).put(year, figure);
    }

    void imported(String key, int year, ReportFigure figure) {
        imported.computeIfAbsent(key, k -> new HashMap<>()).put(year, figure);
    }

    /** The years of the columns: the imported years before the range, then every year of it. */
    List<Integer> years(EditionArea area) {
        TreeSet<Integer> years = new TreeSet<>();
        imported.values().forEach(cells -> cells.keySet().stream().filter(year -> year < area.fromYear())
                .forEach(years::add));
        for (int year = area.fromYear(); year <= area.toYear(); year++) {
            years.add(year);
        }
        return List.copyOf(years);
    }

    /**
     * The rows in the order they were named; rows without any figure are left out when
     * {@code dropEmpty}, except the first.
     */
    List<ChapterRow> rows(EditionArea area, String importedSuffix, boolean dropEmpty) {
        List<Integer> years = years(area);
        List<ChapterRow> rows = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, String> row : labels.entrySet()) {
            Map<Integer, ReportFigure> mine = own.getOrDefault(row.getKey(), Map.of());
            Map<Integer, ReportFigure> theirs = imported.getOrDefault(row.getKey(), Map.of());
            Map<Integer, ReportFigure> cells = new HashMap<>();
            Map<Integer, ReportFigure> inRange = new HashMap<>();
            for (int year : years) {
                if (year < area.fromYear()) {
                    cells.put(year, theirs.getOrDefault(year, NONE));
                } else {
                    cells.put(year, mine.getOrDefault(year, NONE));
                    if (theirs.containsKey(year)) {
                        inRange.put(year, theirs.get(year));
                    }
                }
            }
            boolean empty = cells.values().stream().allMatch(NONE::equals);
            if (!empty || !dropEmpty || first) {
                rows.add(new ChapterRow(row.getKey(), row.getValue(), cells));
            }
            if (!inRange.isEmpty()) {
                years.forEach(year -> inRange.putIfAbsent(year, NONE));
                rows.add(new ChapterRow(row.getKey() + "#imported", row.getValue() + " " + importedSuffix, inRange));
            }
            first = false;
        }
        return rows;
    }
}
