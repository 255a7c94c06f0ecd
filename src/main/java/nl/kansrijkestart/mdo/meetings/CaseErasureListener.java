package nl.kansrijkestart.mdo.meetings;

import java.util.List;
import nl.kansrijkestart.mdo.cases.CaseErased;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasure reaches the meetings too: the question a case was submitted with, the rejection reason,
 * the shared notes, the conclusion, the agreed actions' descriptions and the addenda may all name
 * or describe the client, so their text is replaced by {@value #ERASED} (or removed where it may be
 * empty). What remains — meeting, dates, statuses, who took part — identifies nobody and keeps the
 * minutes' structure and the counts. Runs in the erasure's transaction, so a case is never erased
 * while its meeting texts stay; each version goes up, so an editor with the old text open is
 * refused instead of writing it back.
 */
@Component
class CaseErasureListener {

    static final String ERASED = "(gewist)";

    private static final String ITEMS = "(SELECT id FROM agenda_item WHERE case_number = :caseNumber)";

    private final JdbcClient jdbc;
    private final AgendaAudit audit;

    CaseErasureListener(JdbcClient jdbc, AgendaAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void on(CaseErased erased) {
        String caseNumber = erased.caseNumber();
        int items = update("UPDATE agenda_item SET question = :erased, version = version + 1,"
                + " rejection_reason = CASE WHEN rejection_reason IS NULL THEN NULL"
                + " ELSE CAST(:erased AS VARCHAR(500)) END"
                + " WHERE case_number = :caseNumber", caseNumber);
        update("UPDATE agenda_note SET text = :erased, version = version + 1 WHERE agenda_item_id IN " + ITEMS,
                caseNumber);
        update("UPDATE agenda_outcome SET conclusion = NULL, version = version + 1"
                + " WHERE conclusion IS NOT NULL AND agenda_item_id IN " + ITEMS, caseNumber);
        update("UPDATE agenda_action SET what = :erased, version = version + 1 WHERE agenda_item_id IN " + ITEMS,
                caseNumber);
        update("UPDATE agenda_addendum SET text = :erased, version = version + 1 WHERE agenda_item_id IN " + ITEMS,
                caseNumber);
        update("UPDATE referral SET declined_reason = :erased, version = version + 1"
                + " WHERE declined_reason IS NOT NULL AND case_number = :caseNumber", caseNumber);
        if (items > 0) {
            audit.succeeded(erased.erasedBy(), caseNumber, AuditAction.DELETE, "agenda-free-text",
                    List.of("erasure"), items + " agenda items");
        }
    }

    private int update(String sql, String caseNumber) {
        return jdbc.sql(sql).param("caseNumber", caseNumber).param("erased", ERASED).update();
    }
}
