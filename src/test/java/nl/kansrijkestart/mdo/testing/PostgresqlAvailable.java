package nl.kansrijkestart.mdo.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Before a database test class runs against PostgreSQL: checks that the server answers. When it
 * does not, the class fails on CI (CI=true) or with MDO_TEST_POSTGRES=required, and is skipped
 * with a clear message on a developer machine without PostgreSQL.
 */
public final class PostgresqlAvailable implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (TestDatabase.isPostgresql()) {
            require(context.getDisplayName());
        }
    }

    /**
     * For a test that needs PostgreSQL whichever database the run uses (several application nodes
     * share only a PostgreSQL database): fails on CI, skips on a developer machine without it.
     */
    public static void require(String displayName) {
        try (Connection connection =
                DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password())) {
            connection.isValid(5);
        } catch (SQLException unreachable) {
            String message = "PostgreSQL for the database tests is not reachable at " + TestDatabase.url()
                    + " as user " + TestDatabase.user() + " (" + unreachable.getMessage() + "). "
                    + "Start it and create the role and database as .ci/run does, or set MDO_TEST_POSTGRES_URL.";
            if (TestDatabase.postgresqlRequired()) {
                throw new IllegalStateException(message, unreachable);
            }
            System.err.println("WARNING: skipping " + displayName + " on PostgreSQL. " + message);
            throw new TestAbortedException("Skipped: " + message);
        }
    }
}
