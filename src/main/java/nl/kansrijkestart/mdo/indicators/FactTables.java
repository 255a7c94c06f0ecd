package nl.kansrijkestart.mdo.indicators;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The protected publication of indicators 6, 10 and 12: per indicator and year one table over all
 * areas (the total {@link ProtectedTable#ALL}, every defined region, every municipality), counted
 * whatever the caller may see and protected with one suppression pattern over the geography
 * hierarchy ({@link HierarchySuppression}, the area lines of {@link TableBuilder}). Every answer
 * of {@link FactIndicatorService} is a slice of these tables, so two answers can only differ by
 * cells the pattern already protects, as for indicator 7.
 *
 * <p>A share publishes its count, its part and so its rest: the measures are a second dimension
 * with the line count = part + rest, so a small part or rest is protected like a small count. An
 * area is hidden whole (all three) when any of its measures is hidden; hiding more never narrows
 * anything. Indicator 12's median and quartiles are not additive; the number of cases beside them
 * is, and it decides.
 */
@Component
class FactTables {

    private final FactQuery query;
    private final int threshold;

    FactTables(FactQuery query, @Value("${mdo.indicators.suppression-threshold:10}") int threshold) {
        this.query = query;
        this.threshold = threshold;
    }

    int threshold() {
        return threshold;
    }

    /**
     * One year's protected table of one fact indicator.
     *
     * @param rows per area code ({@link ProtectedTable#ALL}, region or municipality) its counts;
     *     areas without any fact are absent
     * @param municipalities the areas of {@code rows} that are municipalities
     * @param hidden the areas whose counts are suppressed
     */
    record Table<R>(Map<String, R> rows, Set<String> municipalities, Set<String> hidden) {}

    /** Indicator 6 or 10 for each year of the range that has facts. */
    Map<Integer, Table<FactQuery.Share>> shares(FactIndicator indicator, int fromYear, int toYear,
            List<RegionSummary> regions) {
        FactRequest range = new FactRequest(fromYear, toYear, null);
        Map<Integer, Map<String, FactQuery.Share>> byYear = new TreeMap<>();
        query.shares(indicator, range, null, true).forEach(row -> put(byYear, row.group(), row.year(), row));
        query.shares(indicator, range, null, false).forEach(row -> put(byYear, ProtectedTable.ALL, row.year(), row));
        for (RegionSummary region : withMembers(regions)) {
            query.shares(indicator, range, Set.copyOf(region.allMunicipalityCodes()), false)
                    .forEach(row -> put(byYear, region.code(), row.year(), row));
        }
        Map<Integer, Table<FactQuery.Share>> tables = new TreeMap<>();
        byYear.forEach((year, rows) -> tables.put(year, protect(year, rows, regions, 3, row -> new long[] {
                row.total(), row.part(), row.total() - row.part()})));
        return tables;
    }

    /** Indicator 12 for each year of the range that has facts. */
    Map<Integer, Table<FactQuery.Days>> days(int fromYear, int toYear, List<RegionSummary> regions) {
        FactRequest range = new FactRequest(fromYear, toYear, null);
        Map<Integer, Map<String, FactQuery.Days>> byYear = new TreeMap<>();
        query.days(range, null, true).forEach(row -> put(byYear, row.group(), row.year(), row));
        query.days(range, null, false).forEach(row -> put(byYear, ProtectedTable.ALL, row.year(), row));
        for (RegionSummary region : withMembers(regions)) {
            query.days(range, Set.copyOf(region.allMunicipalityCodes()), false)
                    .forEach(row -> put(byYear, region.code(), row.year(), row));
        }
        Map<Integer, Table<FactQuery.Days>> tables = new TreeMap<>();
        byYear.forEach((year, rows) -> tables.put(year, protect(year, rows, regions, 1,
                row -> new long[] {row.cases()})));
        return tables;
    }

    /**
     * Suppresses one year: cells are (area, measure), the lines are the area lines of the
     * geography (total = its municipalities = its top regions; region = its sub-regions and
     * municipalities = all its municipalities) and, with more than one measure, count = part + rest.
     */
    private <R> Table<R> protect(int year, Map<String, R> rows, List<RegionSummary> regions, int measures,
            Function<R, long[]> values) {
        return protect(year, rows, regions, measures, measures == 3 ? List.<int[]>of(new int[] {0, 1, 2}) : List.of(),
                values);
    }

    /** As above, with the lines between the measures given ({@code [parent, children…]} each). */
    <R> Table<R> protect(int year, Map<String, R> rows, List<RegionSummary> regions, int measures,
            List<int[]> measureLines, Function<R, long[]> values) {
        Set<String> regionCodes = new TreeSet<>();
        Set<String> municipalities = new TreeSet<>();
        Set<String> known = new HashSet<>();
        regions.forEach(region -> known.add(region.code()));
        rows.keySet().stream().filter(area -> !ProtectedTable.ALL.equals(area))
                .forEach(area -> (known.contains(area) ? regionCodes : municipalities).add(area));
        List<String> names = new ArrayList<>(regionCodes);
        names.addAll(municipalities);
        ProtectedTable.Index areas = ProtectedTable.Index.of(names);
        long[] cells = new long[areas.size() * measures];
        for (int a = 0; a < areas.size(); a++) {
            R row = rows.get(areas.names().get(a));
            if (row != null) {
                System.arraycopy(values.apply(row), 0, cells, a * measures, measures);
            }
        }
        List<int[]> areaLines = new TableBuilder(year, regions).areaRelations(areas, regionCodes, municipalities);
        BitSet hiddenCells = new HierarchySuppression(threshold).hidden(cells, new int[] {areas.size(), measures},
                List.of(areaLines, measureLines), new BitSet(), cell -> false);
        Set<String> hidden = new HashSet<>();
        hiddenCells.stream().forEach(cell -> hidden.add(areas.names().get(cell / measures)));
        return new Table<>(Map.copyOf(rows), Set.copyOf(municipalities), Set.copyOf(hidden));
    }

    private static <R> void put(Map<Integer, Map<String, R>> byYear, String area, int year, R row) {
        byYear.computeIfAbsent(year, y -> new HashMap<>()).put(area, row);
    }

    private static List<RegionSummary> withMembers(List<RegionSummary> regions) {
        return regions.stream().filter(region -> !region.allMunicipalityCodes().isEmpty()).toList();
    }
}
