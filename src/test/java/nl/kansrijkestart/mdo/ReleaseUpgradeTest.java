package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import nl.kansrijkestart.mdo.shared.MigrationOrder;
import nl.kansrijkestart.mdo.testing.PostgresqlAvailable;
import nl.kansrijkestart.mdo.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A database of every earlier release, with its data, upgrades in place when today's application
 * starts on it: each release's database is built from its own migration scripts and rows
 * (src/test/resources/releases), then today's migrations run with the application's Flyway
 * settings. Afterwards every row is still there with every value, and the schema is exactly the
 * one a new database gets. Tagged "database": runs on H2 and on PostgreSQL.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
class ReleaseUpgradeTest {

    private static final String FRESH_SCHEMA = "fresh_today";
    /** On PostgreSQL the upgraded database lives in a schema of its own, never the shared one. */
    private static final String UPGRADED_SCHEMA = "release_upgrade";

    private static Map<String, Map<String, String>> todaysSchema;

    static List<String> releases() {
        return ReleaseFixtures.releases();
    }

    @ParameterizedTest(name = "release {0}")
    @MethodSource("releases")
    void theReleasesDatabaseUpgradesOnStartWithItsDataIntactAndTodaysSchema(String release, @TempDir Path scripts)
            throws Exception {
        Map<String, Map<String, String>> newDatabasesSchema = todaysSchema();
        DataSource database = emptyDatabase();
        buildAsReleased(database, release, scripts);
        Map<String, List<String>> before = rowsOfEveryTable(database, null);

        MigrateResult upgrade = todaysMigrations(database, null).migrate();

        assertThat(upgrade.success).isTrue();
        todaysMigrations(database, null).validate();
        assertThat(rowsOfEveryTable(database, before)).as("every row and value of release " + release)
                .isEqualTo(before);
        assertThat(columns(database, defaultSchema())).as("the upgraded schema equals a new database's")
                .isEqualTo(newDatabasesSchema);
    }

    /** The schema today's migrations give a new database: made once, compared with every upgraded one. */
    private static synchronized Map<String, Map<String, String>> todaysSchema() throws SQLException {
        if (todaysSchema == null) {
            DataSource database = emptyDatabase();
            todaysMigrations(database, FRESH_SCHEMA).migrate();
            todaysSchema = columns(database, vendorCase(FRESH_SCHEMA));
        }
        return todaysSchema;
    }

    @Test
    void aMigrationNumberedBelowTheDatabasesNewestThatIsNotAKnownLateOneStopsTheUpgrade(@TempDir Path scripts)
            throws Exception {
        DataSource database = emptyDatabase();
        buildAsReleased(database, ReleaseFixtures.releases().getFirst(), scripts);
        Path stray = Files.createDirectories(scripts.resolve("stray"));
        Files.writeString(stray.resolve("V006__identity_stray.sql"), "CREATE TABLE stray (id BIGINT PRIMARY KEY);");

        Flyway withAStrayMigration = MigrationOrder.configure(Flyway.configure().dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(), "filesystem:" + stray)).load();

        assertThatThrownBy(withAStrayMigration::migrate).hasStackTraceContaining("V006 identity stray")
                .hasStackTraceContaining("numbered below version");
        Map<String, Map<String, String>> schema = columns(database, defaultSchema());
        assertThat(schema).as("nothing migrated").doesNotContainKey("stray");
        assertThat(schema.get("user_account")).as("V005 not applied either").doesNotContainKey("service_account");
    }

    /** Release by release up to the given one: its migration scripts, then the rows it stored. */
    private static void buildAsReleased(DataSource database, String release, Path scripts) throws Exception {
        for (String earlier : ReleaseFixtures.releases()) {
            for (Path script : ReleaseFixtures.scriptsOf(earlier)) {
                Path target = scripts.resolve(script);
                Files.createDirectories(target.getParent());
                Files.copy(ReleaseFixtures.root().resolve(earlier).resolve(script), target,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(scripts.resolve("db/vendor/" + vendor()));
            // Each release ran only its own scripts; out of order here just lets the fixture grow like the releases.
            Flyway.configure().dataSource(database).outOfOrder(true)
                    .locations("filesystem:" + scripts.resolve("db/migration"),
                            "filesystem:" + scripts.resolve("db/vendor/" + vendor()))
                    .load().migrate();
            Path data = ReleaseFixtures.root().resolve(earlier).resolve("data.sql");
            if (Files.exists(data)) {
                try (Connection connection = database.getConnection()) {
                    ScriptUtils.executeSqlScript(connection, new FileSystemResource(data));
                }
            }
            if (earlier.equals(release)) {
                return;
            }
        }
    }

    private static Flyway todaysMigrations(DataSource database, String schema) {
        FluentConfiguration configuration = Flyway.configure().dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor());
        if (schema != null) {
            configuration.schemas(vendorCase(schema)).createSchemas(true);
        }
        return MigrationOrder.configure(configuration).load();
    }

    /**
     * Every table's rows, each rendered as its values in column order, sorted; for a table that was
     * already there before (given), only the columns it had then.
     */
    private static Map<String, List<String>> rowsOfEveryTable(DataSource database, Map<String, List<String>> before)
            throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Map<String, List<String>> rows = new TreeMap<>();
        for (var table : columns(database, defaultSchema()).entrySet()) {
            if (table.getKey().equalsIgnoreCase("flyway_schema_history")
                    || (before != null && !before.containsKey(table.getKey()))) {
                continue;
            }
            List<String> names = before == null ? new ArrayList<>(table.getValue().keySet())
                    : columnNamesIn(before.get(table.getKey()));
            String select = "select " + String.join(", ", names) + " from " + table.getKey();
            List<String> rendered = new ArrayList<>();
            rendered.add(String.join(",", names));
            List<String> values = jdbc.query(select, (row, i) -> {
                StringBuilder line = new StringBuilder();
                for (int column = 1; column <= names.size(); column++) {
                    line.append(row.getString(column)).append('|');
                }
                return line.toString();
            });
            rendered.addAll(new TreeSet<>(values));
            rendered.add("rows: " + values.size());
            rows.put(table.getKey(), rendered);
        }
        return rows;
    }

    private static List<String> columnNamesIn(List<String> renderedTable) {
        return List.of(renderedTable.getFirst().split(","));
    }

    /** Table → column → type and nullability, as the database describes them. */
    private static Map<String, Map<String, String>> columns(DataSource database, String schema) throws SQLException {
        Map<String, Map<String, String>> tables = new TreeMap<>();
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet column = meta.getColumns(null, schema, "%", "%")) {
                while (column.next()) {
                    String table = column.getString("TABLE_NAME").toLowerCase();
                    tables.computeIfAbsent(table, name -> new TreeMap<>()).put(
                            column.getString("COLUMN_NAME").toLowerCase(),
                            column.getString("TYPE_NAME") + "(" + column.getInt("COLUMN_SIZE") + ") "
                                    + column.getString("IS_NULLABLE") + " default " + column.getString("COLUMN_DEF"));
                }
            }
        }
        tables.remove("flyway_schema_history");
        return tables;
    }

    private static DataSource emptyDatabase() {
        if (!TestDatabase.isPostgresql()) {
            // One connection throughout, as the application's pool keeps them: H2 check constraints
            // created in a session that was closed since fail in other sessions of an in-memory database.
            return new SingleConnectionDataSource("jdbc:h2:mem:release-" + UUID.randomUUID(), "sa", "", true);
        }
        // One connection here too: a new PostgreSQL connection (with its password exchange) for each of
        // the many queries that read every table back was most of this test's time.
        DataSource database = new SingleConnectionDataSource(TestDatabase.emptySchemaUrl(UPGRADED_SCHEMA),
                TestDatabase.user(), TestDatabase.password(), true);
        new JdbcTemplate(database).execute("DROP SCHEMA IF EXISTS " + FRESH_SCHEMA + " CASCADE");
        return database;
    }

    private static String vendor() {
        return TestDatabase.isPostgresql() ? "postgresql" : "h2";
    }

    private static String defaultSchema() {
        return TestDatabase.isPostgresql() ? UPGRADED_SCHEMA : "PUBLIC";
    }

    private static String vendorCase(String schema) {
        return TestDatabase.isPostgresql() ? schema : schema.toUpperCase();
    }
}
