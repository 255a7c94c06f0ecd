package nl.kansrijkestart.mdo.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.kansrijkestart.mdo.cases.internal.CaseEvent;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.CaseFileRepository;
import nl.kansrijkestart.mdo.cases.internal.CountingTokenStore;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of the retention period: a case that nobody changed for {@code mdo.cases.retention}
 * (default one year) and that waits for no meeting is erased as a care-team member would erase it
 * — identifying data and free text go, here and in the meetings; the anonymous counts stay —
 * in the name of the application, logged. Runs every night; a closed case's last change is its
 * closing, so it is kept for the retention period after that.
 */
@Component
class CaseRetention {

    private static final Logger log = LoggerFactory.getLogger(CaseRetention.class);
    static final String ACTOR_NAME = "Systeem (bewaartermijn)";

    private final CaseFileRepository cases;
    private final CountingTokenStore tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Period retention;
    private final TransactionTemplate transaction;

    CaseRetention(CaseFileRepository cases, CountingTokenStore tokens, ApplicationEventPublisher events, Clock clock,
            @Value("${mdo.cases.retention:P1Y}") Period retention, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.cases = cases;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Once per night for the whole cluster: the first node takes the lock, and it stays taken for
     * at least five minutes, so a node whose clock runs a little behind does not run it again.
     */
    @Scheduled(cron = "${mdo.cases.retention-check:0 30 3 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "case-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void eraseExpired() {
        // A call on this object itself bypasses the @Transactional proxy of eraseExpired(Instant).
        Integer erased = transaction.execute(status -> eraseExpired(clock.instant()));
        if (erased != null && erased > 0) {
            log.info("Erased {} cases at the end of their retention period ({})", erased, retention);
        }
    }

    /** Erases every case whose retention ended before {@code now}; returns how many. */
    @Transactional
    int eraseExpired(Instant now) {
        Instant changedBefore = now.atZone(clock.getZone()).minus(retention).toInstant();
        List<CaseFile> expired = cases.findByErasedAtIsNullAndStatusNotAndLastChangedAtBefore(CaseStatus.ON_AGENDA,
                changedBefore);
        AuditActor system = AuditActor.system();
        for (CaseFile caseFile : expired) {
            caseFile.erase(now);
            tokens.deleteAll(caseFile.requireId());
            caseFile.touch(ACTOR_NAME, now);
            caseFile.record(new CaseEvent(caseFile, now, ACTOR_NAME, "timeline.erased-retention"));
            cases.saveAndFlush(caseFile);
            events.publishEvent(new AuditEvent(now.truncatedTo(ChronoUnit.SECONDS), system, null,
                    caseFile.getCaseNumber(), AuditAction.DELETE, "case-identifying-data", AuditOutcome.SUCCESS,
                    List.of("retention:" + retention), "unchanged since before " + changedBefore));
            events.publishEvent(new CaseErased(caseFile.getCaseNumber(), system));
        }
        return expired.size();
    }
}
