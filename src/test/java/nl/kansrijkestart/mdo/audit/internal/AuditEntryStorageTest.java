package nl.kansrijkestart.mdo.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.kansrijkestart.mdo.audit.AuditEntryView;
import nl.kansrijkestart.mdo.audit.AuditQuery;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import nl.kansrijkestart.mdo.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The access log as stored: append-only in the database itself, and searchable, on H2 and PostgreSQL. */
@DatabaseTest
@Import(AuditEntryRepository.class)
class AuditEntryStorageTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    private AuditEntryRepository entries;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anEntryCanBeInsertedWithPlainSql() {
        long id = insertRow("sql.invoeger", "origineel");
        assertThat(jdbc.queryForObject("select detail from audit_entry where id = ?", String.class, id))
                .isEqualTo("origineel");
    }

    @Test
    void theDatabaseRefusesToChangeAnEntry() {
        long id = insertRow("sql.wijziger", "origineel");
        assertThatThrownBy(() -> inSavepoint("update audit_entry set detail = 'vervalst' where id = " + id))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select detail from audit_entry where id = ?", String.class, id))
                .isEqualTo("origineel");
    }

    @Test
    void theDatabaseRefusesToRemoveAnEntry() {
        long id = insertRow("sql.wisser", "origineel");
        assertThatThrownBy(() -> inSavepoint("delete from audit_entry where id = " + id))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void postgresqlRefusesToEmptyTheLogWithTruncate() {
        assumeThat(TestDatabase.isPostgresql()).as("H2 has no TRUNCATE trigger").isTrue();
        long id = insertRow("sql.leger", "origineel");
        assertThatThrownBy(() -> inSavepoint("truncate table audit_entry"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void anEventIsStoredToTheSecondWithItsActorAndChecks() {
        entries.insert(new AuditEntry(new AuditEvent(Instant.parse("2026-03-02T09:15:30.789Z"),
                new AuditActor("opslag.actor", "CHAIR,PROFESSIONAL", "JGZ", "JGZ Opslag"), "machine-client",
                "MDO-2026-0001", AuditAction.READ, "case", AuditOutcome.SUCCESS,
                List.of("care-team", "consent:active"), "opened the case file")));

        assertThat(entries.find(query(null, "opslag.actor", null, null), AMSTERDAM, 0, 10))
                .singleElement()
                .extracting(AuditEntry::toView)
                .satisfies(view -> {
                    assertThat(view.occurredAt()).isEqualTo(Instant.parse("2026-03-02T09:15:30Z"));
                    assertThat(view.roles()).isEqualTo("CHAIR,PROFESSIONAL");
                    assertThat(view.discipline()).isEqualTo("JGZ");
                    assertThat(view.organisation()).isEqualTo("JGZ Opslag");
                    assertThat(view.onBehalfOf()).isEqualTo("machine-client");
                    assertThat(view.caseNumber()).isEqualTo("MDO-2026-0001");
                    assertThat(view.checks()).containsExactly("care-team", "consent:active");
                    assertThat(view.detail()).isEqualTo("opened the case file");
                });
    }

    @Test
    void entriesAreFoundByCaseActionOutcomeAndDutchCalendarDaysNewestFirst() {
        store("zoek.een", "ZOEK-1", AuditAction.READ, AuditOutcome.SUCCESS, "2026-04-01T21:59:59Z");
        store("zoek.een", "ZOEK-1", AuditAction.UPDATE, AuditOutcome.SUCCESS, "2026-04-01T22:00:00Z");
        store("zoek.twee", "ZOEK-1", AuditAction.READ, AuditOutcome.DENIED, "2026-04-02T10:00:00Z");
        store("zoek.twee", "ZOEK-2", AuditAction.READ, AuditOutcome.SUCCESS, "2026-04-03T10:00:00Z");

        assertThat(usernamesOf(query("ZOEK-1", null, null, null))).containsExactly("zoek.twee", "zoek.een", "zoek.een");
        assertThat(usernamesOf(query("ZOEK-1", null, AuditAction.READ, AuditOutcome.DENIED))).containsExactly("zoek.twee");
        // 22:00 UTC on 1 April is already 2 April in Amsterdam (summer time).
        AuditQuery secondOfApril = new AuditQuery("ZOEK-1", null, null, null, LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 4, 2));
        assertThat(entries.find(secondOfApril, AMSTERDAM, 0, 10)).extracting(e -> e.toView().action())
                .containsExactly(AuditAction.READ, AuditAction.UPDATE);
        assertThat(entries.count(query(null, "zoek.twee", null, null), AMSTERDAM)).isEqualTo(2);
    }

    @Test
    void anExportReadsInBatchesWithoutSkippingOrRepeatingEntriesOfTheSameSecond() {
        for (int i = 0; i < 5; i++) {
            store("batch.lezer", "BATCH-" + i, AuditAction.READ, AuditOutcome.SUCCESS, "2026-05-01T10:00:00Z");
        }
        AuditQuery reader = query(null, "batch.lezer", null, null);
        List<AuditEntryView> first = views(entries.findAfter(reader, AMSTERDAM, null, null, 2));
        AuditEntryView last = first.getLast();
        List<AuditEntryView> rest = views(entries.findAfter(reader, AMSTERDAM, last.occurredAt(), last.id(), 10));
        assertThat(first).hasSize(2);
        assertThat(rest).hasSize(3).extracting(AuditEntryView::caseNumber)
                .doesNotContainAnyElementsOf(first.stream().map(AuditEntryView::caseNumber).toList());
    }

    private long insertRow(String username, String detail) {
        jdbc.update("""
                insert into audit_entry (occurred_at, username, roles, action, object, outcome, checks, detail)
                values (current_timestamp, ?, 'ADMIN', 'READ', 'case', 'SUCCESS', '', ?)""", username, detail);
        return jdbc.queryForObject("select id from audit_entry where username = ?", Long.class, username);
    }

    /** A refused statement aborts a PostgreSQL transaction; a savepoint keeps the test's one usable. */
    private void inSavepoint(String sql) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException refused) {
                connection.rollback(savepoint);
                throw refused;
            }
            return null;
        });
    }

    private void store(String username, String caseNumber, AuditAction action, AuditOutcome outcome, String at) {
        entries.insert(new AuditEntry(new AuditEvent(Instant.parse(at), AuditActor.unknown(username), null, caseNumber,
                action, "case", outcome, List.of(), null)));
    }

    private List<String> usernamesOf(AuditQuery query) {
        return views(entries.find(query, AMSTERDAM, 0, 10)).stream().map(AuditEntryView::username).toList();
    }

    private static List<AuditEntryView> views(List<AuditEntry> stored) {
        return stored.stream().map(AuditEntry::toView).toList();
    }

    private static AuditQuery query(String caseNumber, String username, AuditAction action, AuditOutcome outcome) {
        return new AuditQuery(caseNumber, username, action, outcome, null, null);
    }
}
