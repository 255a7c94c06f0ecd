package nl.kansrijkestart.mdo.shared.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One access to log. Published as an application event; the audit module stores it in its own
 * transaction, so refused attempts are kept even when the caller's transaction rolls back.
 *
 * @param occurredAt when, to the second
 * @param actor who
 * @param onBehalfOf for whom the actor acted, when not for themselves (e.g. a machine client)
 * @param caseNumber which case (its case number, never a name), or {@code null}
 * @param action what
 * @param object what kind of data, e.g. "case", "consent", "assessment", "user", "indicator-7"
 * @param outcome how it ended
 * @param checks which access checks applied, e.g. "care-team", "consent:active", "override"
 * @param detail short free text without client-identifying data, e.g. a refusal reason
 */
public record AuditEvent(
        Instant occurredAt,
        AuditActor actor,
        @Nullable String onBehalfOf,
        @Nullable String caseNumber,
        AuditAction action,
        String object,
        AuditOutcome outcome,
        List<String> checks,
        @Nullable String detail) {

    public AuditEvent {
        checks = List.copyOf(checks);
    }
}
