package nl.kansrijkestart.mdo.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Counting events as stored, on H2 and on PostgreSQL: apart from case identity. */
@DatabaseTest
class CountingEventStorageTest {

    @Autowired
    private CountingEventRepository events;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Test
    void aCountingEventKeepsItsFieldsAndRegions() {
        events.saveAndFlush(new CountingEvent(LocalDate.of(2024, 3, 5), "GM0202", Set.of("GELDERLAND-MIDDEN", "OOST"),
                MeetingType.POP, CaseType.FAMILY, true, "token-storage-test"));
        assertThat(jdbc.queryForObject("SELECT case_type FROM counting_event WHERE token = ?", String.class,
                "token-storage-test")).isEqualTo("FAMILY");
        assertThat(jdbc.queryForList("""
                SELECT r.region_code FROM counting_event_region r JOIN counting_event e ON e.id = r.counting_event_id
                WHERE e.token = ?""", String.class, "token-storage-test"))
                .containsExactlyInAnyOrder("GELDERLAND-MIDDEN", "OOST");
    }

    @Test
    void everyRegionRowCarriesItsEventsPeriodMunicipalityTypesAndToken() {
        events.saveAndFlush(new CountingEvent(LocalDate.of(2025, 11, 20), "GM0203", Set.of("GELDERLAND-MIDDEN", "OOST"),
                MeetingType.NEIGHBOURHOOD_NETWORK, CaseType.FAMILY, false, "token-region-copy-test"));
        assertThat(jdbc.queryForList("""
                SELECT r.region_code, r.period_date, r.period_year, r.municipality_code, r.meeting_type, r.case_type
                FROM counting_event_region r WHERE r.token = ? ORDER BY r.region_code""", "token-region-copy-test"))
                .extracting(row -> List.of(row.get("region_code"), String.valueOf(row.get("period_date")),
                        String.valueOf(row.get("period_year")), row.get("municipality_code"), row.get("meeting_type"),
                        row.get("case_type")))
                .containsExactly(
                        List.of("GELDERLAND-MIDDEN", "2025-11-20", "2025", "GM0203", "NEIGHBOURHOOD_NETWORK", "FAMILY"),
                        List.of("OOST", "2025-11-20", "2025", "GM0203", "NEIGHBOURHOOD_NETWORK", "FAMILY"));
        assertThat(jdbc.queryForObject("SELECT period_year FROM counting_event WHERE token = ?", Integer.class,
                "token-region-copy-test")).isEqualTo(2025);
    }

    @Test
    void theDatabaseRefusesAStoredYearThatIsNotTheYearOfTheDate() {
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO counting_event (period_date, period_year, municipality_code, meeting_type, case_type,
                    anonymous, token) VALUES (DATE '2025-12-31', 2026, 'GM0203', 'POP', 'FAMILY', FALSE, 'wrong-year')"""))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theCountingTablesHaveNoColumnOrForeignKeyThatPointsToACase() throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> referenced = new ArrayList<>();
        try (var connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : List.of("counting_event", "counting_event_region")) {
                String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
                read(meta.getColumns(null, null, name, null), "COLUMN_NAME", columns);
                read(meta.getImportedKeys(null, null, name), "PKTABLE_NAME", referenced);
            }
        }
        assertThat(columns).contains("token", "period_date", "municipality_code")
                .noneMatch(column -> column.contains("case_id") || column.contains("case_number")
                        || column.contains("agenda") || column.contains("meeting_id"));
        assertThat(referenced).containsOnly("counting_event");
    }

    private static void read(ResultSet rows, String column, List<String> into) throws SQLException {
        try (rows) {
            while (rows.next()) {
                into.add(rows.getString(column).toLowerCase(Locale.ROOT));
            }
        }
    }
}
