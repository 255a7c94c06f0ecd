package nl.kansrijkestart.mdo.audit.internal;

import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every published {@link AuditEvent} to the access log, synchronously and in a transaction
 * of its own: a refused attempt whose caller then rolls back is still on record, and an entry
 * that cannot be written fails the action that published it rather than going unlogged.
 */
@Component
class AuditEventRecorder {

    private final AuditEntryRepository entries;

    AuditEventRecorder(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(AuditEvent event) {
        entries.insert(new AuditEntry(event));
    }
}
