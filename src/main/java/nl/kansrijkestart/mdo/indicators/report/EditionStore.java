package nl.kansrijkestart.mdo.indicators.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The editions, their commentary and the frozen cells of published editions (V110). Cells of a
 * published edition are only ever inserted, once, when it is published.
 */
@Component
class EditionStore {

    private final JdbcClient jdbc;

    EditionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An edition's own columns. */
    record Row(long id, long version, String areaCode, String areaName, boolean region, int fromYear, int toYear,
            int number, boolean published, String createdBy, Instant createdAt, @Nullable String publishedBy,
            @Nullable Instant publishedAt) {

        EditionSummary summary() {
            return new EditionSummary(id, areaCode, areaName, fromYear, toYear, number, published, createdAt,
                    publishedAt);
        }
    }

    /** A frozen chapter: its rows (with their labels) and the years of its columns. */
    record Frozen(List<Integer> years, List<ChapterRow> rows) {}

    long insert(String areaCode, String areaName, boolean region, int fromYear, int toYear, String by, Instant at) {
        int number = jdbc.sql("""
                SELECT COALESCE(MAX(edition_number), 0) + 1 FROM report_edition
                WHERE area_code = ? AND from_year = ? AND to_year = ?""")
                .params(areaCode, fromYear, toYear).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO report_edition (area_code, area_name, area_is_region, from_year, to_year, edition_number,
                    status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(areaCode, areaName, region, fromYear, toYear, number, by, at.atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT id FROM report_edition WHERE area_code = ? AND from_year = ? AND to_year = ?"
                        + " AND edition_number = ?")
                .params(areaCode, fromYear, toYear, number).query(Long.class).single();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("SELECT * FROM report_edition WHERE id = ?").params(id).query(EditionStore::row).optional();
    }

    List<Row> all() {
        return jdbc.sql("SELECT * FROM report_edition ORDER BY from_year DESC, area_name, to_year, edition_number DESC")
                .query(EditionStore::row).list();
    }

    /** The latest published edition before this one of the same area and years. */
    Optional<Row> previousPublished(Row edition) {
        return jdbc.sql("""
                SELECT * FROM report_edition WHERE area_code = ? AND from_year = ? AND to_year = ?
                    AND edition_number < ? AND status = 'PUBLISHED' ORDER BY edition_number DESC""")
                .params(edition.areaCode(), edition.fromYear(), edition.toYear(), edition.number())
                .query(EditionStore::row).list().stream().findFirst();
    }

    Map<String, String> commentary(long id) {
        Map<String, String> texts = new HashMap<>();
        jdbc.sql("SELECT indicator, commentary FROM report_commentary WHERE edition_id = ?").params(id)
                .query((rs, n) -> texts.put(rs.getString("indicator"), rs.getString("commentary"))).list();
        return texts;
    }

    /** Raises the version if it is still {@code expected}; false when someone changed the edition in between. */
    boolean touch(long id, long expected) {
        return jdbc.sql("UPDATE report_edition SET version = version + 1 WHERE id = ? AND version = ?")
                .params(id, expected).update() == 1;
    }

    void comment(long id, String indicator, String text) {
        jdbc.sql("DELETE FROM report_commentary WHERE edition_id = ? AND indicator = ?").params(id, indicator).update();
        if (!text.isBlank()) {
            jdbc.sql("INSERT INTO report_commentary (edition_id, indicator, commentary) VALUES (?, ?, ?)")
                    .params(id, indicator, text).update();
        }
    }

    void publish(long id, List<ReportChapter> chapters, String by, Instant at) {
        for (ReportChapter chapter : chapters) {
            for (int position = 0; position < chapter.rows().size(); position++) {
                ChapterRow row = chapter.rows().get(position);
                for (Map.Entry<Integer, ReportFigure> cell : row.cells().entrySet()) {
                    ReportFigure figure = cell.getValue();
                    jdbc.sql("""
                            INSERT INTO report_cell (edition_id, indicator, row_position, row_key, row_label, period_year,
                                shown, figure_value, suppressed, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                            .params(id, chapter.indicator(), position, row.key(), row.label(), cell.getKey(),
                                    figure.shown(), figure.value() == null ? null : BigDecimal.valueOf(figure.value()),
                                    figure.suppressed(), figure.source())
                            .update();
                }
            }
        }
        jdbc.sql("UPDATE report_edition SET status = 'PUBLISHED', published_by = ?, published_at = ? WHERE id = ?")
                .params(by, at.atOffset(ZoneOffset.UTC), id).update();
    }

    /** The frozen chapters of a published edition, per indicator. */
    Map<String, Frozen> frozen(long id) {
        record Cell(String indicator, int position, String key, String label, int year, ReportFigure figure) {}
        List<Cell> cells = jdbc.sql("""
                SELECT * FROM report_cell WHERE edition_id = ? ORDER BY indicator, row_position, period_year""")
                .params(id)
                .query((rs, n) -> new Cell(rs.getString("indicator"), rs.getInt("row_position"), rs.getString("row_key"),
                        rs.getString("row_label"), rs.getInt("period_year"), new ReportFigure(rs.getString("shown"),
                                rs.getBigDecimal("figure_value") == null ? null
                                        : rs.getBigDecimal("figure_value").doubleValue(),
                                rs.getBoolean("suppressed"), rs.getString("source"))))
                .list();
        Map<String, Map<Integer, Map<Integer, ReportFigure>>> byRow = new LinkedHashMap<>();
        Map<String, Map<Integer, String[]>> names = new HashMap<>();
        Map<String, TreeSet<Integer>> years = new HashMap<>();
        for (Cell cell : cells) {
            byRow.computeIfAbsent(cell.indicator(), i -> new java.util.TreeMap<>())
                    .computeIfAbsent(cell.position(), p -> new HashMap<>()).put(cell.year(), cell.figure());
            names.computeIfAbsent(cell.indicator(), i -> new HashMap<>())
                    .put(cell.position(), new String[] {cell.key(), cell.label()});
            years.computeIfAbsent(cell.indicator(), i -> new TreeSet<>()).add(cell.year());
        }
        Map<String, Frozen> frozen = new HashMap<>();
        byRow.forEach((indicator, rows) -> {
            List<ChapterRow> chapterRows = new ArrayList<>();
            rows.forEach((position, figures) -> {
                String[] name = names.get(indicator).get(position);
                chapterRows.add(new ChapterRow(name[0], name[1], figures));
            });
            frozen.put(indicator, new Frozen(List.copyOf(years.get(indicator)), chapterRows));
        });
        return frozen;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new Row(rs.getLong("id"), rs.getLong("version"), rs.getString("area_code"), rs.getString("area_name"),
                rs.getBoolean("area_is_region"), rs.getInt("from_year"), rs.getInt("to_year"),
                rs.getInt("edition_number"), "PUBLISHED".equals(rs.getString("status")), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("published_by"),
                published == null ? null : published.toInstant());
    }
}
