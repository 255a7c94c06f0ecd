package nl.kansrijkestart.mdo.testing;

import java.util.List;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Which database a test run uses: H2 in memory by default; PostgreSQL when the build's
 * "postgresql" execution sets {@code mdo.test.database=postgresql}.
 */
public final class TestDatabase implements ActiveProfilesResolver {

    public static boolean isPostgresql() {
        return "postgresql".equals(System.getProperty("mdo.test.database"));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String url() {
        return env("MDO_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/mdo_test");
    }

    public static String user() {
        return env("MDO_TEST_POSTGRES_USER", "mdo");
    }

    public static String password() {
        return env("MDO_TEST_POSTGRES_PASSWORD", "mdo");
    }

    /** The PostgreSQL test database, for tests that talk to it without a Spring context. */
    public static javax.sql.DataSource postgresqlDataSource() {
        return new org.springframework.jdbc.datasource.DriverManagerDataSource(url(), user(), password());
    }

    /**
     * The PostgreSQL test database with a schema of the caller's own, dropped and created empty, as
     * the connections' current schema. Tests that build whole databases of their own (upgrades,
     * separate application processes) use one, so they never empty the schema of the Spring test
     * contexts that other test classes keep cached.
     */
    public static String emptySchemaUrl(String schema) {
        if (!schema.matches("[a-z_]+")) {
            throw new IllegalArgumentException("schema name: " + schema);
        }
        new org.springframework.jdbc.core.JdbcTemplate(postgresqlDataSource())
                .execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static javax.sql.DataSource postgresqlDataSource(String urlWithSchema) {
        return new org.springframework.jdbc.datasource.DriverManagerDataSource(urlWithSchema, user(), password());
    }

    /** CI, or a developer who says so, must not get a silently skipped PostgreSQL run. */
    static boolean postgresqlRequired() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "required".equalsIgnoreCase(System.getenv("MDO_TEST_POSTGRES"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return (isPostgresql() ? List.of("test", "postgresql") : List.of("test")).toArray(String[]::new);
    }
}
