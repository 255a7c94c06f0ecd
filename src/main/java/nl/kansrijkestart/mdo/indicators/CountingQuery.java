package nl.kansrijkestart.mdo.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one grouped query behind an indicator request: distinct tokens (cases) and events
 * (discussions) per period and group, counted by the database. The period range comes first so
 * the index on (period_date, …) of V051 narrows it; region rows come from the regions stored with
 * each event, so a region counts its municipalities as they were at the time of the discussion.
 */
@Component
class CountingQuery {

    private final JdbcClient jdbc;

    CountingQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param regionRows for a region grouping, the region codes that may be rows, or {@code null}
     *     for all
     */
    List<Counted> run(IndicatorRequest request, CoordinatorScope scope, @Nullable Set<String> regionRows) {
        if (isEmpty(scope.municipalities()) || isEmpty(regionRows)) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("from", request.firstDay());
        params.put("until", request.lastDay().plusDays(1));
        String year = "CAST(EXTRACT(YEAR FROM e.period_date) AS INTEGER)";
        String part = part(request.period());
        String group = group(request.grouping());
        StringBuilder sql = new StringBuilder("SELECT " + year + " AS y, " + part + " AS part, " + group
                + " AS grp, COUNT(DISTINCT e.token) AS cases, COUNT(*) AS discussions FROM counting_event e");
        if (request.grouping().byRegion()) {
            sql.append(" JOIN counting_event_region r ON r.counting_event_id = e.id");
        }
        sql.append(" WHERE e.period_date >= :from AND e.period_date < :until");
        if (request.regionCode() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM counting_event_region f WHERE f.counting_event_id = e.id"
                    + " AND f.region_code = :region)");
            params.put("region", request.regionCode());
        }
        if (scope.municipalities() != null) {
            sql.append(" AND e.municipality_code IN (:municipalities)");
            params.put("municipalities", scope.municipalities());
        }
        if (!request.municipalities().isEmpty()) {
            sql.append(" AND e.municipality_code IN (:chosen)");
            params.put("chosen", request.municipalities());
        }
        if (regionRows != null) {
            sql.append(" AND r.region_code IN (:regions)");
            params.put("regions", regionRows);
        }
        // A constant in GROUP BY would be read as a column position, so a year groups without its part.
        sql.append(" GROUP BY ").append(year).append(request.period() == Period.YEAR ? "" : ", " + part)
                .append(", ").append(group);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Counted(label(request.period(), rs.getInt("y"), rs.getInt("part")),
                        rs.getString("grp"), rs.getLong("cases"), rs.getLong("discussions")))
                .list();
    }

    private static boolean isEmpty(@Nullable Set<String> codes) {
        return codes != null && codes.isEmpty();
    }

    private static String part(Period period) {
        String month = "CAST(EXTRACT(MONTH FROM e.period_date) AS INTEGER)";
        return switch (period) {
            case YEAR -> "0";
            case QUARTER -> "(" + month + " + 2) / 3";
            case MONTH -> month;
        };
    }

    private static String group(Grouping grouping) {
        return switch (grouping) {
            case MUNICIPALITY -> "e.municipality_code";
            case REGION -> "r.region_code";
            case MEETING_TYPE -> "e.meeting_type";
            case CASE_TYPE -> "e.case_type";
            case CASE_AND_MEETING_TYPE -> "e.case_type || '/' || e.meeting_type";
            case CASE_TYPE_AND_MUNICIPALITY -> "e.case_type || '/' || e.municipality_code";
            case CASE_TYPE_AND_REGION -> "e.case_type || '/' || r.region_code";
        };
    }

    private static String label(Period period, int year, int part) {
        return switch (period) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + "-Q" + part;
            case MONTH -> year + "-" + (part < 10 ? "0" : "") + part;
        };
    }

    /** One group in one period, before suppression. */
    record Counted(String period, String group, long cases, long discussions) {}
}
