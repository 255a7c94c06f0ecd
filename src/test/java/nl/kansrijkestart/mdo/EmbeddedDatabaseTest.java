package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kansrijkestart.mdo.shared.MigrationOrder;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded H2 file database keeps judging writes by its constraints for as long as it runs.
 * That it keeps its data in a file under mdo.data-dir, across restarts and even a kill -9, is
 * {@link AcknowledgedWritesSurviveAKillTest}'s to show.
 */
class EmbeddedDatabaseTest {

    /**
     * The connection pool retires each connection after 30 minutes, among them the one that ran the
     * migrations of a new database: every check constraint must go on judging writes made through
     * the other connections afterwards (H2 2.4.240 failed every write to a table whose check lists
     * values, with "The database has been closed", from then until a restart).
     */
    @Test
    void everyCheckConstraintStillJudgesWritesAfterTheConnectionThatCreatedItIsClosed(@TempDir Path dataDir)
            throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("mdo") + ";WRITE_DELAY=0";
        try (Connection pool = DriverManager.getConnection(url, "sa", "")) {
            try (Connection migrations = DriverManager.getConnection(url, "sa", "")) {
                MigrationOrder.configure(Flyway.configure()
                        .dataSource(new SingleConnectionDataSource(migrations, true))
                        .locations("classpath:db/migration", "classpath:db/vendor/h2")).load().migrate();
            }
            JdbcTemplate later = new JdbcTemplate(new SingleConnectionDataSource(pool, true));
            List<String> refused = new ArrayList<>();
            List<Map<String, Object>> checks = later.queryForList("""
                    select distinct c.table_name, k.column_name from information_schema.table_constraints c
                    join information_schema.check_constraints x on x.constraint_name = c.constraint_name
                    join information_schema.columns k on k.table_name = c.table_name and k.ordinal_position = 1
                    where c.constraint_type = 'CHECK' and c.table_schema = 'PUBLIC'""");
            assertThat(checks).as("tables with check constraints").isNotEmpty();
            for (Map<String, Object> check : checks) {
                String table = (String) check.get("TABLE_NAME");
                try {
                    // Rewrites every row as it is, so each of the table's checks judges every row again.
                    later.update("update \"" + table + "\" set \"" + check.get("COLUMN_NAME") + "\" = \""
                            + check.get("COLUMN_NAME") + "\"");
                } catch (RuntimeException failed) {
                    refused.add(table + ": " + failed.getMessage());
                }
            }
            int written = later.update("""
                    insert into audit_entry (occurred_at, username, roles, action, object, outcome, checks)
                    values (?, ?, ?, ?, ?, ?, ?)""", OffsetDateTime.now(), "verloskundige", "PROFESSIONAL", "READ",
                    "CASE", "SUCCESS", "care team");
            assertThat(refused).as("writes refused by a check").isEmpty();
            assertThat(written).isEqualTo(1);
        }
    }
}
