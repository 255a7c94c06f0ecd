package nl.kansrijkestart.mdo.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.kansrijkestart.mdo.audit.internal.AuditEntry;
import nl.kansrijkestart.mdo.audit.internal.AuditEntryRepository;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.shared.audit.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the access log, for the application manager (ADMIN) only: search it page by page, and
 * export it as CSV. Entries are always newest first; the page's sort is ignored.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditLogService {

    /** The object of the entry that logs an export of the log itself. */
    public static final String AUDIT_LOG_OBJECT = "audit-log";
    private static final int EXPORT_BATCH = 500;

    private final AuditEntryRepository entries;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Clock clock;

    AuditLogService(AuditEntryRepository entries, ApplicationEventPublisher events, CurrentActor currentActor,
            Clock clock) {
        this.entries = entries;
        this.events = events;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> find(AuditQuery query, Pageable page) {
        return views(entries.find(query, clock.getZone(), page.getOffset(), page.getPageSize()));
    }

    /** The number of matching entries, capped at what a grid can show. */
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        return (int) Math.min(entries.count(query, clock.getZone()), Integer.MAX_VALUE);
    }

    /**
     * Writes the matching entries as CSV (see {@link AuditCsv} for the columns) to {@code out},
     * which stays open. The export is logged before any entry leaves, so no copy of the log exists
     * without a trace. Reads in batches outside one long transaction, so a slow download holds no
     * database connection.
     */
    public void exportCsv(AuditQuery query, OutputStream out) throws IOException {
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), currentActor.require(),
                null, null, AuditAction.EXPORT, AUDIT_LOG_OBJECT, AuditOutcome.SUCCESS, List.of("role:ADMIN"),
                query.describe()));
        AuditCsv csv = new AuditCsv(out, clock.getZone());
        List<AuditEntryView> batch = views(entries.findAfter(query, clock.getZone(), null, null, EXPORT_BATCH));
        while (!batch.isEmpty()) {
            for (AuditEntryView entry : batch) {
                csv.write(entry);
            }
            AuditEntryView last = batch.getLast();
            batch = views(entries.findAfter(query, clock.getZone(), last.occurredAt(), last.id(), EXPORT_BATCH));
        }
        csv.flush();
    }

    private static List<AuditEntryView> views(List<AuditEntry> stored) {
        return stored.stream().map(AuditEntry::toView).toList();
    }
}
