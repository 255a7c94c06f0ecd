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
 * (discussions) per period and group, counted by the database. The years come first so the
 * by-year index of V057 narrows the rows to read; region rows come from the regions stored with
 * each event, so a region counts its municipalities as they were at the time of the discussion.
 * Those rows carry copies of the event's columns (V056), so a region grouping needs no join.
 *
 * <p>Distinct cases are counted in two steps, first the discussions per period, group and token,
 * then the tokens per period and group: the same numbers as {@code COUNT(DISTINCT token)}, but the
 * database can count the tokens of a group while it reads the by-year index in order, or hash
 * them for the other groupings, instead of sorting a million tokens (docs/benchmarks.md). On
 * PostgreSQL the transaction also switches JIT compilation off, which costs more than it saves
 * here, and gives the hash tables room ({@code mdo.indicators.work-mem}).
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
        tuneSession(request);
        Statement statement = statement(request, scope, regionRows);
        return jdbc.sql(statement.sql()).params(statement.params())
                .query((rs, n) -> new Counted(label(request.period(), rs.getInt("y"), rs.getInt("part")),
                        rs.getString("grp"), rs.getLong("cases"), rs.getLong("discussions")))
                .list();
    }

    /**
     * PostgreSQL settings for the rest of the current transaction only; nothing on other databases.
     * A yearly count whose group follows the year in a by-year index reads that index in order and
     * counts while it reads: the planner, which estimates far fewer cases per group than there are,
     * would otherwise hash them all and spill to disk for many years (docs/benchmarks.md).
     */
    void tuneSession(IndicatorRequest request) {
        if (postgresql) {
            boolean inIndexOrder = request.period() == Period.YEAR && GroupColumns.of(request.grouping()).indexOrdered();
            jdbc.sql("SELECT set_config('jit', 'off', true), set_config('work_mem', :workMem, true),"
                            + " set_config('enable_hashagg', :hash, true)")
                    .param("workMem", workMem).param("hash", inIndexOrder ? "off" : "on").query().listOfRows();
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
        params.put("fromYear", request.firstDay().getYear());
        params.put("toYear", request.lastDay().getYear());
        params.put("from", request.firstDay());
        params.put("until", request.lastDay().plusDays(1));
        boolean byYear = request.period() == Period.YEAR;
        GroupColumns group = GroupColumns.of(request.grouping());
        String part = part(request.period());
        String second = group.second() == null ? "" : ", e." + group.second();
        // Region rows carry the event's columns (V056), so a region grouping reads only their table,
        // under the same alias: every column below means the same in both tables. The inner grouping
        // lists its keys in the order of the by-year indexes (V057), year, group, token, so that
        // PostgreSQL can count the discussions of each case while it reads the index in order.
        boolean byRegion = request.grouping().byRegion();
        StringBuilder sql = new StringBuilder("SELECT y, ").append(byYear ? "0" : "part")
                .append(" AS part, ").append(group.label()).append(" AS grp, COUNT(*) AS cases, SUM(n) AS discussions")
                .append(" FROM (SELECT e.period_year AS y, ").append(byYear ? "" : part + " AS part, ")
                .append("e.").append(group.lead()).append(" AS g1, e.token")
                .append(second.isEmpty() ? "" : second + " AS g2").append(", COUNT(*) AS n")
                .append(" FROM ").append(byRegion ? "counting_event_region" : "counting_event").append(" e")
                .append(" WHERE e.period_year >= :fromYear AND e.period_year <= :toYear")
                .append(" AND e.period_date >= :from AND e.period_date < :until");
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
        sql.append(" GROUP BY e.period_year").append(byYear ? "" : ", " + part)
                .append(", e.").append(group.lead()).append(", e.token").append(second)
                .append(") t GROUP BY y").append(byYear ? "" : ", part").append(", g1")
                .append(second.isEmpty() ? "" : ", g2");
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

    private static String label(Period period, int year, int part) {
        return switch (period) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + "-Q" + part;
            case MONTH -> year + "-" + (part < 10 ? "0" : "") + part;
        };
    }

    /**
     * The columns of a grouping as the inner query groups them: the lead column comes right after
     * the year; the label is what a row is called. Where the by-year index of the table has the
     * same columns in the same order (year, lead, token, second), the grouping is index-ordered.
     */
    private record GroupColumns(String lead, @Nullable String second, String label, boolean indexOrdered) {

        static GroupColumns of(Grouping grouping) {
            return switch (grouping) {
                case MUNICIPALITY -> new GroupColumns("municipality_code", null, "g1", true);
                case REGION -> new GroupColumns("region_code", null, "g1", true);
                case MEETING_TYPE -> new GroupColumns("meeting_type", null, "g1", false);
                case CASE_TYPE -> new GroupColumns("case_type", null, "g1", false);
                case CASE_AND_MEETING_TYPE -> new GroupColumns("case_type", "meeting_type", "g1 || '/' || g2", false);
                case CASE_TYPE_AND_MUNICIPALITY ->
                        new GroupColumns("municipality_code", "case_type", "g2 || '/' || g1", true);
                case CASE_TYPE_AND_REGION -> new GroupColumns("region_code", "case_type", "g2 || '/' || g1", true);
            };
        }
    }

    /** A grouped query ready to run. */
    record Statement(String sql, Map<String, Object> params) {}

    /** One group in one period, before suppression. */
    record Counted(String period, String group, long cases, long discussions) {}
}
