package nl.kansrijkestart.mdo.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import nl.kansrijkestart.mdo.audit.AuditEntryView;
import nl.kansrijkestart.mdo.audit.AuditQuery;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Published audit events end up in the log, whatever happens to the publisher's transaction. */
@IntegrationTest
class AuditEventRecorderTest {

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private AuditEntryRepository entries;

    @Test
    void aRefusedAttemptStaysLoggedWhenThePublishersTransactionRollsBack() {
        TransactionTemplate caller = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> caller.executeWithoutResult(status -> {
            events.publishEvent(event("terugdraaier", "MDO-ROLLBACK-1", "not on the care team"));
            throw new IllegalStateException("the caller's work fails after the refusal");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(logOf("terugdraaier")).singleElement().satisfies(entry -> {
            assertThat(entry.caseNumber()).isEqualTo("MDO-ROLLBACK-1");
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(entry.detail()).isEqualTo("not on the care team");
        });
    }

    @Test
    void overlongTextIsShortenedInsteadOfLosingTheEntry() {
        String longName = "lang".repeat(40);
        String longDetail = "x".repeat(AuditEntry.DETAIL_MAX - 2) + "\uD83D\uDE00\uD83D\uDE00";
        events.publishEvent(event(longName, "C".repeat(100), longDetail));

        AuditEntryView entry = logOf(longName.substring(0, AuditEntry.USERNAME_MAX - 1) + "…").getFirst();
        assertThat(entry.username()).hasSize(AuditEntry.USERNAME_MAX);
        assertThat(entry.caseNumber()).hasSize(AuditEntry.CASE_NUMBER_MAX).endsWith("…");
        assertThat(entry.detail()).as("no half emoji at the cut")
                .hasSize(AuditEntry.DETAIL_MAX - 1)
                .endsWith("xx…");
    }

    private static AuditEvent event(String username, String caseNumber, String detail) {
        return new AuditEvent(Instant.now(), AuditActor.unknown(username), null, caseNumber, AuditAction.READ,
                "case", AuditOutcome.DENIED, List.of("care-team"), detail);
    }

    private List<AuditEntryView> logOf(String username) {
        return entries.find(new AuditQuery(null, username, null, null, null, null), ZoneId.of("Europe/Amsterdam"), 0, 10)
                .stream().map(AuditEntry::toView).toList();
    }
}
