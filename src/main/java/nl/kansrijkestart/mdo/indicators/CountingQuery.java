package nl.kansrijkestart.mdo.indicators;

import java.sql.DatabaseMetaData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one grouped query behind an indicator request: distinct tokens (cases) and events
 * (discussions) per period and group, counted by the database. The period range comes first so
 * the index on (period_date, …) of V051 narrows it; region rows come from the regions stored with
 * each event, so a region counts its municipalities as they were at the time of the discussion.
 * Those rows carry copies of the event's columns (V056), so a region grouping needs no join.
 *
 * <p>Distinct cases are counted in two steps, first the discussions per period, group and token,
 * then the tokens per period and group: the same numbers as {@code COUNT(DISTINCT token)}, but the
 * database can hash instead of sorting a million tokens (docs/benchmarks.md). On PostgreSQL the
 * transaction also switches JIT compilation off, which costs more than it saves here, and gives
 * the hash tables room ({@code mdo.indicators.work-mem}).
 */
@Component
class CountingQuery {

    private final JdbcClient jdbc;
    private final boolean postgresql;
    private final String workMem;

    CountingQuery(JdbcClient jdbc, DataSource dataSource,
            @Value("${mdo.indicators.work-mem:128MB}") String workMem) {
        this.jdbc = jdbc;
        this.postgresql = isPostgresql(dataSource);
        this.workMem = workMem;
    }

    /**
     * @param regionRows for a region grouping, the region codes that may be rows, or {@code null}
     *     for all
     */
    @Transactional(readOnly = true)
    List<Counted> run(IndicatorRequest request, CoordinatorScope scope, @Nullable Set<String> regionRows) {
        if (isEmpty(scope.municipalities()) || isEmpty(regionRows)) {
            return List.of();
        }
        tuneSession();
        Statement statement = statement(request, scope, regionRows);
        return jdbc.sql(statement.sql()).params(statement.params())
                .query((rs, n) -> new Counted(label(request.period(), rs.getInt("y"), rs.getInt("part")),
                        rs.getString("grp"), rs.getLong("cases"), rs.getLong("discussions")))
                .list();
    }

    /** PostgreSQL settings for the rest of the current transaction only; nothing on other databases. */
    void tuneSession() {
        if (postgresql) {
            jdbc.sql("SELECT set_config('jit', 'off', true), set_config('work_mem', :workMem, true)")
                    .param("workMem", workMem).query().listOfRows();
        }
    }

    private static boolean isPostgresql(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                    DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException unknown) {
            return false;
        }
    }

    /** The SQL and its named parameters, also for looking at the plan (docs/benchmarks.md). */
    static Statement statement(IndicatorRequest request, CoordinatorScope scope, @Nullable Set<String> regionRows) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", request.firstDay());
        params.put("until", request.lastDay().plusDays(1));
        String year = "CAST(EXTRACT(YEAR FROM e.period_date) AS INTEGER)";
        String part = part(request.period());
        String group = group(request.grouping());
        // Region rows carry the event's columns (V056), so a region grouping reads only their table,
        // under the same alias: every column below means the same in both tables.
        boolean byRegion = request.grouping().byRegion();
        StringBuilder sql = new StringBuilder("SELECT y, part, grp, COUNT(*) AS cases, SUM(n) AS discussions FROM"
                + " (SELECT " + year + " AS y, " + part + " AS part, " + group + " AS grp, e.token, COUNT(*) AS n"
                + " FROM " + (byRegion ? "counting_event_region" : "counting_event") + " e"
                + " WHERE e.period_date >= :from AND e.period_date < :until");
        if (request.regionCode() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM counting_event_region f WHERE f.counting_event_id = e.")
                    .append(byRegion ? "counting_event_id" : "id").append(" AND f.region_code = :region)");
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
            sql.append(" AND e.region_code IN (:regions)");
            params.put("regions", regionRows);
        }
        // A constant in GROUP BY would be read as a column position, so a year groups without its part.
        sql.append(" GROUP BY ").append(year).append(request.period() == Period.YEAR ? "" : ", " + part)
                .append(", ").append(group).append(", e.token) t GROUP BY y, part, grp");
        return new Statement(sql.toString(), params);
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
            case REGION -> "e.region_code";
            case MEETING_TYPE -> "e.meeting_type";
            case CASE_TYPE -> "e.case_type";
            case CASE_AND_MEETING_TYPE -> "e.case_type || '/' || e.meeting_type";
            case CASE_TYPE_AND_MUNICIPALITY -> "e.case_type || '/' || e.municipality_code";
            case CASE_TYPE_AND_REGION -> "e.case_type || '/' || e.region_code";
        };
    }

    private static String label(Period period, int year, int part) {
        return switch (period) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + "-Q" + part;
            case MONTH -> year + "-" + (part < 10 ? "0" : "") + part;
        };
    }

    /** A grouped query ready to run. */
    record Statement(String sql, Map<String, Object> params) {}

    /** One group in one period, before suppression. */
    record Counted(String period, String group, long cases, long discussions) {}
}
