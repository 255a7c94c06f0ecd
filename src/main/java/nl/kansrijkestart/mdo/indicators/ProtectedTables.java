package nl.kansrijkestart.mdo.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The protected publication of each year ({@link ProtectedTable}), counted from the events recorded
 * before the year's publication day ({@link Publication}), protected once and kept until the
 * year's counting events or the regions change. Whether they changed is read from
 * the number and the highest id of the year's events (V060 indexes both): events are only ever
 * added, never changed or deleted, so any new event changes the fingerprint.
 */
@Component
class ProtectedTables {

    private final JdbcClient jdbc;
    private final int threshold;
    private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

    ProtectedTables(JdbcClient jdbc, @Value("${mdo.indicators.suppression-threshold:10}") int threshold) {
        this.jdbc = jdbc;
        this.threshold = threshold;
    }

    int threshold() {
        return threshold;
    }

    /**
     * The year's table from the events recorded before {@code recordedBefore} (the edition of
     * {@link Publication}).
     */
    @Transactional(readOnly = true)
    ProtectedTable of(int year, LocalDate recordedBefore, List<RegionSummary> regions) {
        Fingerprint now = fingerprint(year, recordedBefore, regions);
        Cached cached = cache.get(year);
        if (cached != null && cached.fingerprint().equals(now)) {
            return cached.table();
        }
        ProtectedTable table = count(year, recordedBefore, regions);
        cache.put(year, new Cached(now, table));
        return table;
    }

    private Fingerprint fingerprint(int year, LocalDate recordedBefore, List<RegionSummary> regions) {
        return jdbc.sql("SELECT COUNT(*) AS n, COALESCE(MAX(id), 0) AS last FROM counting_event WHERE period_year = :y")
                .param("y", year)
                .query((rs, n) -> new Fingerprint(rs.getLong("n"), rs.getLong("last"), recordedBefore,
                        regions.hashCode()))
                .single();
    }

    private ProtectedTable count(int year, LocalDate recordedBefore, List<RegionSummary> regions) {
        TableBuilder builder = new TableBuilder(year, regions);
        rows("counting_event", "municipality_code", year, recordedBefore).forEach(builder::municipality);
        rows("counting_event_region", "region_code", year, recordedBefore).forEach(builder::region);
        return builder.build(threshold);
    }

    private List<TableBuilder.Row> rows(String table, String area, int year, LocalDate recordedBefore) {
        String month = "CAST(EXTRACT(MONTH FROM e.period_date) AS INTEGER)";
        return jdbc.sql("SELECT e.token, e." + area + " AS area, " + month + " AS m, e.meeting_type, e.case_type,"
                        + " COUNT(*) AS n FROM " + table + " e WHERE e.period_year = :y AND e.recorded_on < :before"
                        + " GROUP BY e.token, e." + area + ", " + month + ", e.meeting_type, e.case_type")
                .param("y", year)
                .param("before", recordedBefore)
                .query((rs, n) -> new TableBuilder.Row(rs.getString("token"), rs.getString("area"), rs.getInt("m"),
                        rs.getString("meeting_type"), rs.getString("case_type"), rs.getLong("n")))
                .list();
    }

    private record Fingerprint(long events, long lastId, LocalDate recordedBefore, int regions) {}

    private record Cached(Fingerprint fingerprint, ProtectedTable table) {}
}
