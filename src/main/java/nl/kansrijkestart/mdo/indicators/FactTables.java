package nl.kansrijkestart.mdo.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The protected publication of indicators 6, 8, 10, 12 and 12 by the report: per indicator and
 * year one table over all areas (the total {@link ProtectedTable#ALL}, every defined region, every
 * municipality), counted whatever the caller may see and protected with one suppression pattern
 * over the geography hierarchy ({@link HierarchySuppression}, the area lines of {@link TableBuilder}). Every answer
 * of {@link FactIndicatorService} is a slice of these tables, so two answers can only differ by
 * cells the pattern already protects, as for indicator 7.
 *
 * <p>A share publishes its count, its part and so its rest: the measures are a second dimension
 * with the line count = part + rest, so a small part or rest is protected like a small count. An
 * area is hidden whole (all three) when any of its measures is hidden; hiding more never narrows
 * anything. Indicator 12's median and quartiles are not additive; the number of cases beside them
 * is, and it decides; so for 12 by the report with its median and mean. Indicator 8 has one table
 * per kind of support and phase around the birth.
 *
 * <p>A table is counted once per indicator and year (R + 2 grouped queries, R the number of
 * regions) and kept until the year's facts, its edition or the regions change, as {@link
 * ProtectedTables} does for indicator 7.
 */
@Component
class FactTables {

    private final FactQuery query;
    private final JdbcClient jdbc;
    private final int threshold;
    /** Per indicator and year the last table counted, kept while its facts stay the same. */
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    FactTables(FactQuery query, JdbcClient jdbc, @Value("${mdo.indicators.suppression-threshold:10}") int threshold) {
        this.query = query;
        this.jdbc = jdbc;
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

    /**
     * Indicator 6 or 10 for one year from the facts recorded before {@code recordedBefore} (the
     * edition of {@link Publication}); empty when the year has no such fact.
     */
    Optional<Table<FactQuery.Share>> shares(FactIndicator indicator, int year, LocalDate recordedBefore,
            List<RegionSummary> regions) {
        return cached(indicator, year, recordedBefore, regions, () -> {
            FactRequest range = new FactRequest(year, year, null);
            Map<String, FactQuery.Share> rows = new HashMap<>();
            query.shares(indicator, range, recordedBefore, null, true).forEach(row -> rows.put(row.group(), row));
            query.shares(indicator, range, recordedBefore, null, false)
                    .forEach(row -> rows.put(ProtectedTable.ALL, row));
            for (RegionSummary region : withMembers(regions)) {
                query.shares(indicator, range, recordedBefore, Set.copyOf(region.allMunicipalityCodes()), false)
                        .forEach(row -> rows.put(region.code(), row));
            }
            return rows.isEmpty() ? Optional.empty() : Optional.of(protect(year, rows, regions, 3,
                    row -> new long[] {row.total(), row.part(), row.total() - row.part()}));
        });
    }

    /** Indicator 12 for one year, as {@link #shares}. */
    Optional<Table<FactQuery.Days>> days(int year, LocalDate recordedBefore, List<RegionSummary> regions) {
        return cached(FactIndicator.DAYS_TO_FIRST_DISCUSSION, year, recordedBefore, regions, () -> {
            FactRequest range = new FactRequest(year, year, null);
            Map<String, FactQuery.Days> rows = new HashMap<>();
            query.days(range, recordedBefore, null, true).forEach(row -> rows.put(row.group(), row));
            query.days(range, recordedBefore, null, false).forEach(row -> rows.put(ProtectedTable.ALL, row));
            for (RegionSummary region : withMembers(regions)) {
                query.days(range, recordedBefore, Set.copyOf(region.allMunicipalityCodes()), false)
                        .forEach(row -> rows.put(region.code(), row));
            }
            return rows.isEmpty() ? Optional.empty()
                    : Optional.of(protect(year, rows, regions, 1, row -> new long[] {row.cases()}));
        });
    }

    /**
     * Indicator 8 for one year from the starts recorded before {@code recordedBefore}: one protected
     * table per kind and phase ({@code "KIND/PHASE"}, in that order), since no total over kinds or
     * phases is published; kept like the other indicators' tables.
     */
    Map<String, Table<FactQuery.Starts>> starts(int year, LocalDate recordedBefore, List<RegionSummary> regions) {
        return cached(FactIndicator.SUPPORT_STARTED, year, recordedBefore, regions, () -> {
            FactRequest range = new FactRequest(year, year, null);
            Map<String, Map<String, FactQuery.Starts>> perKey = new TreeMap<>();
            query.starts(range, recordedBefore, null, true).forEach(row -> putStarts(perKey, row.group(), row));
            query.starts(range, recordedBefore, null, false)
                    .forEach(row -> putStarts(perKey, ProtectedTable.ALL, row));
            for (RegionSummary region : withMembers(regions)) {
                query.starts(range, recordedBefore, Set.copyOf(region.allMunicipalityCodes()), false)
                        .forEach(row -> putStarts(perKey, region.code(), row));
            }
            Map<String, Table<FactQuery.Starts>> tables = new TreeMap<>();
            perKey.forEach((key, rows) -> tables.put(key,
                    protect(year, rows, regions, 1, row -> new long[] {row.starts()})));
            return Collections.unmodifiableMap(tables);
        });
    }

    /** Indicator 12 by the report's definition for one year, as {@link #starts}; empty without starts. */
    Optional<Table<FactQuery.SupportDays>> supportDays(int year, LocalDate recordedBefore,
            List<RegionSummary> regions) {
        return cached(FactIndicator.DAYS_TO_SUPPORT, year, recordedBefore, regions, () -> {
            FactRequest range = new FactRequest(year, year, null);
            Map<String, FactQuery.SupportDays> rows = new HashMap<>();
            query.supportDays(range, recordedBefore, null, true).forEach(row -> rows.put(row.group(), row));
            query.supportDays(range, recordedBefore, null, false)
                    .forEach(row -> rows.put(ProtectedTable.ALL, row));
            for (RegionSummary region : withMembers(regions)) {
                query.supportDays(range, recordedBefore, Set.copyOf(region.allMunicipalityCodes()), false)
                        .forEach(row -> rows.put(region.code(), row));
            }
            return rows.isEmpty() ? Optional.<Table<FactQuery.SupportDays>>empty()
                    : Optional.of(protect(year, rows, regions, 1, row -> new long[] {row.cases()}));
        });
    }

    private static void putStarts(Map<String, Map<String, FactQuery.Starts>> perKey, String area,
            FactQuery.Starts row) {
        perKey.computeIfAbsent(row.kind() + "/" + row.phase(), k -> new HashMap<>()).put(area, row);
    }

    /**
     * The table (or, for indicator 8, the tables) kept for this indicator and year while the year's
     * facts, the edition and the regions stay the same. Facts are only ever added, so the number and
     * highest id of the year's facts change with every new one (V091 and V120 index both); a fact
     * taken away lowers the number.
     */
    @SuppressWarnings("unchecked")
    private <T> T cached(FactIndicator indicator, int year, LocalDate recordedBefore, List<RegionSummary> regions,
            Supplier<T> count) {
        String key = indicator.number() + "/" + year;
        Fingerprint now = fingerprint(indicator, year, recordedBefore, regions);
        Cached kept = cache.get(key);
        if (kept != null && kept.fingerprint().equals(now)) {
            return (T) kept.tables();
        }
        T tables = count.get();
        cache.put(key, new Cached(now, tables));
        return tables;
    }

    private Fingerprint fingerprint(FactIndicator indicator, int year, LocalDate recordedBefore,
            List<RegionSummary> regions) {
        String table = switch (indicator) {
            case VALIDATED_INSTRUMENTS -> "assessment_fact";
            case SOCIAL_CASE_DIRECTORS -> "discussion_fact";
            case DAYS_TO_FIRST_DISCUSSION -> "first_discussion_fact";
            case SUPPORT_STARTED, DAYS_TO_SUPPORT -> "referral_start_fact";
        };
        return jdbc.sql("SELECT COUNT(*) AS n, COALESCE(MAX(id), 0) AS last FROM " + table
                        + " WHERE period_date >= :from AND period_date < :until")
                .param("from", LocalDate.of(year, 1, 1))
                .param("until", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new Fingerprint(rs.getLong("n"), rs.getLong("last"), recordedBefore,
                        regions.hashCode()))
                .single();
    }

    private record Fingerprint(long facts, long lastId, LocalDate recordedBefore, int regions) {}

    /** What was counted: an optional table, or indicator 8's tables per kind and phase. */
    private record Cached(Fingerprint fingerprint, Object tables) {}

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

    private static List<RegionSummary> withMembers(List<RegionSummary> regions) {
        return regions.stream().filter(region -> !region.allMunicipalityCodes().isEmpty()).toList();
    }
}
