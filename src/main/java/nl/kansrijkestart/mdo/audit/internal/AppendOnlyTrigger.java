package nl.kansrijkestart.mdo.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * H2's half of the append-only access log (db/vendor/h2/V011): refuses every UPDATE and DELETE of
 * an {@code audit_entry} row. PostgreSQL does the same with a PL/pgSQL trigger.
 */
public class AppendOnlyTrigger implements Trigger {

    /** Integrity constraint violation (restrict), the same SQLSTATE as the PostgreSQL trigger. */
    private static final String RESTRICT_VIOLATION = "23001";

    @Override
    public void fire(Connection connection, Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("audit_entry is append-only: " + operation + " refused", RESTRICT_VIOLATION);
    }
}
