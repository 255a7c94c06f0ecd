package nl.kansrijkestart.mdo.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imported figures as published: per indicator and year one table over the imported areas,
 * protected like the application's own figures ({@link FactTables#protect}): a count of 1..k−1 is
 * hidden, and complements along the region hierarchy so that a region and all but one of its
 * municipalities never give the last one away. For 7 each measure (case and meeting type) is its
 * own table, and for 8 each kind of support and phase around the birth, as the feed protects them;
 * for 6 and 10 total = part + rest is a line, and an area hides whole; for 12 the number of cases
 * decides and the median hides with it.
 */
@Component
class ImportedTables {

    private final JdbcClient jdbc;
    private final FactTables tables;

    ImportedTables(JdbcClient jdbc, FactTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    int threshold() {
        return tables.threshold();
    }

    private record Stored(String area, int year, String measure, BigDecimal value, String source) {}

    List<ImportedFigure> published(String indicator, int fromYear, int toYear, List<RegionSummary> regions) {
        Map<Integer, List<Stored>> byYear = new TreeMap<>();
        jdbc.sql("""
                SELECT area_code, period_year, measure, figure_value, source FROM imported_figure
                WHERE indicator = :indicator AND period_year BETWEEN :from AND :to
                ORDER BY period_year, area_code, measure""")
                .param("indicator", indicator).param("from", fromYear).param("to", toYear)
                .query((rs, n) -> new Stored(rs.getString("area_code"), rs.getInt("period_year"),
                        rs.getString("measure"), rs.getBigDecimal("figure_value"), rs.getString("source")))
                .list().forEach(row -> byYear.computeIfAbsent(row.year(), y -> new ArrayList<>()).add(row));
        List<ImportedFigure> published = new ArrayList<>();
        byYear.forEach((year, rows) -> published.addAll(switch (indicator) {
            case "7", "8" -> perMeasure(indicator, year, rows, regions);
            default -> perArea(indicator, year, rows, regions);
        }));
        return published;
    }

    /** Each measure of indicators 7 and 8 a table of its own: a small row hides only its own cells. */
    private List<ImportedFigure> perMeasure(String indicator, int year, List<Stored> rows, List<RegionSummary> regions) {
        Map<String, Map<String, Stored>> byMeasure = new TreeMap<>();
        rows.forEach(row -> byMeasure.computeIfAbsent(row.measure(), m -> new HashMap<>()).put(row.area(), row));
        List<ImportedFigure> published = new ArrayList<>();
        byMeasure.forEach((measure, byArea) -> {
            FactTables.Table<Stored> table = tables.protect(year, byArea, regions, 1, List.of(),
                    row -> new long[] {row.value().longValue()});
            byArea.values().forEach(row -> published.add(figure(indicator, row, table.hidden().contains(row.area()))));
        });
        return published;
    }

    /** 6 and 10 (total, part and the rest they imply) and 12 (cases, with the median) per area. */
    private List<ImportedFigure> perArea(String indicator, int year, List<Stored> rows, List<RegionSummary> regions) {
        Map<String, Map<String, Stored>> byArea = new TreeMap<>();
        rows.forEach(row -> byArea.computeIfAbsent(row.area(), a -> new HashMap<>()).put(row.measure(), row));
        boolean share = !"12".equals(indicator);
        FactTables.Table<Map<String, Stored>> table = share
                ? tables.protect(year, byArea, regions, 3, List.<int[]>of(new int[] {0, 1, 2}), measures -> {
                    long total = count(measures, HistoryMeasures.TOTAL);
                    long part = count(measures, HistoryMeasures.PART);
                    return new long[] {total, part, Math.max(0, total - part)};
                })
                : tables.protect(year, byArea, regions, 1, List.of(),
                        measures -> new long[] {count(measures, HistoryMeasures.CASES)});
        List<ImportedFigure> published = new ArrayList<>();
        byArea.forEach((area, measures) -> measures.values().forEach(row ->
                published.add(figure(indicator, row, table.hidden().contains(area)))));
        return published;
    }

    private static long count(Map<String, Stored> measures, String measure) {
        Stored row = measures.get(measure);
        return row == null ? 0 : row.value().longValue();
    }

    private static ImportedFigure figure(String indicator, Stored row, boolean hidden) {
        return new ImportedFigure(indicator, row.area(), row.year(), row.measure(),
                hidden ? null : row.value().doubleValue(), hidden, row.source());
    }
}
