package nl.kansrijkestart.mdo.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Which access-log entries to show or export; every part is optional ({@code null} or blank
 * means "any").
 *
 * @param caseNumber exactly this case number
 * @param username exactly this user name (compared in lower case, as user names are stored)
 * @param from first calendar day, inclusive
 * @param to last calendar day, inclusive
 */
public record AuditQuery(
        @Nullable String caseNumber,
        @Nullable String username,
        @Nullable AuditAction action,
        @Nullable AuditOutcome outcome,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public AuditQuery {
        caseNumber = blankToNull(caseNumber);
        username = blankToNull(username);
        if (username != null) {
            username = username.toLowerCase(Locale.ROOT);
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    /** The first instant of {@link #from} in the given zone, or {@code null} when open. */
    public @Nullable Instant startIn(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@link #to} in the given zone (exclusive), or {@code null} when open. */
    public @Nullable Instant endIn(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The filter in one line, for the entry that logs an export of the log itself. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "caseNumber", caseNumber);
        add(parts, "username", username);
        add(parts, "action", action);
        add(parts, "outcome", outcome);
        add(parts, "from", from);
        add(parts, "to", to);
        return parts.isEmpty() ? "all entries" : String.join(", ", parts);
    }

    private static void add(List<String> parts, String name, @Nullable Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
