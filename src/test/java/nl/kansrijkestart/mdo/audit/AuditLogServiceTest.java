package nl.kansrijkestart.mdo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Reading and exporting the access log: only the application manager may, and an export is itself logged. */
@IntegrationTest
class AuditLogServiceTest {

    @Autowired
    private AuditLogService auditLog;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @ParameterizedTest
    @ValueSource(strings = {"verloskundige", "voorzitter", "coordinator"})
    void onlyTheApplicationManagerMaySearchOrExportTheLog(String username) {
        signedIn.as(username);
        AuditQuery own = query(username, null);
        assertThatThrownBy(() -> auditLog.find(own, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.count(own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.exportCsv(own, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("admin");
        assertThat(auditLog.find(new AuditQuery(null, "admin", AuditAction.EXPORT, null, null, null),
                PageRequest.of(0, 100))).extracting(AuditEntryView::detail).doesNotContain("username=" + username);
    }

    @Test
    void theApplicationManagerSearchesTheLogPageByPageNewestFirst() {
        for (int second = 1; second <= 5; second++) {
            publish("pagina.lezer", "PAGINA-" + second, "2026-06-01T10:00:0" + second + "Z", null);
        }
        signedIn.as("admin");
        AuditQuery reader = query("pagina.lezer", null);
        assertThat(auditLog.count(reader)).isEqualTo(5);
        assertThat(auditLog.find(reader, PageRequest.of(1, 2))).extracting(AuditEntryView::caseNumber)
                .containsExactly("PAGINA-3", "PAGINA-2");
        assertThat(auditLog.find(query("pagina.lezer", AuditAction.UPDATE), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void theCsvExportHasTheDocumentedHeaderAndOneRowPerEntry() throws IOException {
        publish("csv.lezer", "CSV-1", "2026-06-02T08:00:00Z", "opened the file");
        publish("csv.lezer", "CSV-2", "2026-06-02T08:00:01Z", "=HYPERLINK(\"http://example.org\")");
        publish("csv.lezer", "CSV-3", "2026-06-02T08:00:02Z", "café, \"quoted\"");
        signedIn.as("admin");

        List<CSVRecord> rows = export(query("csv.lezer", null));

        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(row -> row.get("case_number")).containsExactly("CSV-3", "CSV-2", "CSV-1");
        CSVRecord newest = rows.getFirst();
        assertThat(newest.get("detail")).isEqualTo("café, \"quoted\"");
        assertThat(OffsetDateTime.parse(newest.get("occurred_at")).toInstant())
                .isEqualTo(Instant.parse("2026-06-02T08:00:02Z"));
        assertThat(newest.get("occurred_at")).endsWith("+02:00");
        assertThat(newest.get("username")).isEqualTo("csv.lezer");
        assertThat(newest.get("roles")).isEqualTo("PROFESSIONAL");
        assertThat(newest.get("action")).isEqualTo("READ");
        assertThat(newest.get("object")).isEqualTo("case");
        assertThat(newest.get("outcome")).isEqualTo("SUCCESS");
        assertThat(newest.get("checks")).isEqualTo("care-team,consent:active");
        assertThat(rows.get(1).get("detail")).as("no formula for a spreadsheet to run")
                .isEqualTo("'=HYPERLINK(\"http://example.org\")");
    }

    @Test
    void everyExportIsLoggedWithTheAdministratorAndTheFilter() throws IOException {
        signedIn.as("admin");
        export(new AuditQuery("EXPORT-LOG-1", "Iemand", AuditAction.READ, null, null, null));

        assertThat(auditLog.find(new AuditQuery(null, "admin", AuditAction.EXPORT, null, null, null),
                PageRequest.of(0, 100)))
                .filteredOn(entry -> "caseNumber=EXPORT-LOG-1, username=iemand, action=READ".equals(entry.detail()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.object()).isEqualTo(AuditLogService.AUDIT_LOG_OBJECT);
                    assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
                    assertThat(entry.roles()).isEqualTo("ADMIN");
                    assertThat(entry.discipline()).isEqualTo("OTHER");
                    assertThat(entry.organisation()).isEqualTo("Regio Gelderland-Midden (demo)");
                });
    }

    private List<CSVRecord> export(AuditQuery query) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        auditLog.exportCsv(query, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith(String.join(",", AuditCsv.HEADER) + "\r\n");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    private void publish(String username, String caseNumber, String at, String detail) {
        events.publishEvent(new AuditEvent(Instant.parse(at),
                new AuditActor(username, "PROFESSIONAL", "MIDWIFE", "Praktijk Test"), null, caseNumber,
                AuditAction.READ, "case", AuditOutcome.SUCCESS, List.of("care-team", "consent:active"), detail));
    }

    private static AuditQuery query(String username, AuditAction action) {
        return new AuditQuery(null, username, action, null, null, null);
    }
}
