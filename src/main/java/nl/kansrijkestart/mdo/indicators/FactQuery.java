package nl.kansrijkestart.mdo.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The grouped queries behind indicators 6, 10 and 12: per year, and per municipality or for the
 * whole selection, counted by the database. The period range comes first, as in the indexes of V055.
 */
@Component
class FactQuery {

    private static final String YEAR = "CAST(EXTRACT(YEAR FROM period_date) AS INTEGER)";
    /** Indicator 6 counts only what midwives recorded. */
    private static final String SHARE_6 = "COUNT(*) AS total, SUM(CASE WHEN validated THEN 1 ELSE 0 END) AS part"
            + " FROM assessment_fact WHERE discipline = 'MIDWIFE' AND";
    /** Indicator 10 counts distinct cases per year through their yearly token, as indicator 7 does. */
    private static final String SHARE_10 = "COUNT(DISTINCT token) AS total,"
            + " COUNT(DISTINCT CASE WHEN social_case_director THEN token END) AS part FROM discussion_fact WHERE";
    private static final String DAYS_12 = "COUNT(*) AS cases,"
            + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY days_waited) AS median,"
            + " PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY days_waited) AS q1,"
            + " PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY days_waited) AS q3"
            + " FROM first_discussion_fact WHERE";

    /** Indicator 8: a case's first start of each kind, per kind and phase around the birth. */
    private static final String STARTS_8 = "offer_kind AS kind, birth_phase AS phase, COUNT(*) AS starts"
            + " FROM referral_start_fact WHERE first_of_kind AND";
    /** Indicator 12 by the report: a case's first start of support by the social team or CJG. */
    private static final String SUPPORT_12 = "COUNT(*) AS cases,"
            + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY days_waited) AS median,"
            + " AVG(CAST(days_waited AS DOUBLE PRECISION)) AS mean"
            + " FROM referral_start_fact WHERE first_local_team AND";

    private final JdbcClient jdbc;

    FactQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param recordedBefore only facts recorded before this day count (the edition of a year)
     * @param municipalities the municipalities to count, or {@code null} for all
     * @param perMunicipality a row per municipality, or one row per year for the whole selection
     */
    List<Share> shares(FactIndicator indicator, FactRequest request, LocalDate recordedBefore,
            @Nullable Set<String> municipalities, boolean perMunicipality) {
        String measures = indicator == FactIndicator.VALIDATED_INSTRUMENTS ? SHARE_6 : SHARE_10;
        return query(measures, request, recordedBefore, municipalities, perMunicipality)
                .query((rs, n) -> new Share(rs.getInt("y"), group(rs.getString("grp")), rs.getLong("total"),
                        rs.getLong("part")))
                .list();
    }

    /** Indicator 12, with the same parameters as {@link #shares}. */
    List<Days> days(FactRequest request, LocalDate recordedBefore, @Nullable Set<String> municipalities,
            boolean perMunicipality) {
        return query(DAYS_12, request, recordedBefore, municipalities, perMunicipality)
                .query((rs, n) -> new Days(rs.getInt("y"), group(rs.getString("grp")), rs.getLong("cases"),
                        rs.getDouble("median"), rs.getDouble("q1"), rs.getDouble("q3")))
                .list();
    }

    /** Indicator 8, with the same parameters as {@link #shares}. */
    List<Starts> starts(FactRequest request, LocalDate recordedBefore, @Nullable Set<String> municipalities,
            boolean perMunicipality) {
        return query(STARTS_8, request, recordedBefore, municipalities, perMunicipality, ", offer_kind, birth_phase")
                .query((rs, n) -> new Starts(rs.getInt("y"), group(rs.getString("grp")), rs.getString("kind"),
                        rs.getString("phase"), rs.getLong("starts")))
                .list();
    }

    /** Indicator 12 by the report, with the same parameters as {@link #shares}. */
    List<SupportDays> supportDays(FactRequest request, LocalDate recordedBefore, @Nullable Set<String> municipalities,
            boolean perMunicipality) {
        return query(SUPPORT_12, request, recordedBefore, municipalities, perMunicipality)
                .query((rs, n) -> new SupportDays(rs.getInt("y"), group(rs.getString("grp")), rs.getLong("cases"),
                        rs.getDouble("median"), rs.getDouble("mean")))
                .list();
    }

    private JdbcClient.StatementSpec query(String measures, FactRequest request, LocalDate recordedBefore,
            @Nullable Set<String> municipalities, boolean perMunicipality) {
        return query(measures, request, recordedBefore, municipalities, perMunicipality, "");
    }

    private JdbcClient.StatementSpec query(String measures, FactRequest request, LocalDate recordedBefore,
            @Nullable Set<String> municipalities, boolean perMunicipality, String extraGroups) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", LocalDate.of(request.fromYear(), 1, 1));
        params.put("until", LocalDate.of(request.toYear() + 1, 1, 1));
        params.put("before", recordedBefore);
        StringBuilder sql = new StringBuilder("SELECT " + YEAR + " AS y, "
                + (perMunicipality ? "municipality_code" : "CAST(NULL AS VARCHAR(6))") + " AS grp, " + measures
                + " period_date >= :from AND period_date < :until AND recorded_on < :before");
        if (municipalities != null) {
            sql.append(" AND municipality_code IN (:municipalities)");
            params.put("municipalities", municipalities);
        }
        sql.append(" GROUP BY ").append(YEAR).append(perMunicipality ? ", municipality_code" : "").append(extraGroups);
        return jdbc.sql(sql.toString()).params(params);
    }

    private static String group(@Nullable String municipality) {
        return municipality == null ? FactIndicatorService.TOTAL : municipality;
    }

    /** A year and group of a share indicator, before suppression. */
    record Share(int year, String group, long total, long part) {}

    /** A year, group, kind and phase of indicator 8, before suppression. */
    record Starts(int year, String group, String kind, String phase, long starts) {}

    /** A year and group of indicator 12 by the report, before suppression. */
    record SupportDays(int year, String group, long cases, double median, double mean) {}

    /** A year and group of the days to the first meeting, before suppression. */
    record Days(int year, String group, long cases, double median, double lowerQuartile, double upperQuartile) {}
}
