package nl.kansrijkestart.mdo.audit;

import java.time.Instant;
import java.util.List;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;

/** One stored access-log entry, as the application manager reads it; see {@code AuditEvent} for the fields. */
public record AuditEntryView(
        long id,
        Instant occurredAt,
        String username,
        String roles,
        @Nullable String discipline,
        @Nullable String organisation,
        @Nullable String onBehalfOf,
        @Nullable String caseNumber,
        AuditAction action,
        String object,
        AuditOutcome outcome,
        List<String> checks,
        @Nullable String detail) {

    public AuditEntryView {
        checks = List.copyOf(checks);
    }
}
