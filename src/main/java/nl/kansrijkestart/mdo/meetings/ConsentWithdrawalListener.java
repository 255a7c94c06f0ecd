package nl.kansrijkestart.mdo.meetings;

import java.time.Clock;
import java.util.List;
import nl.kansrijkestart.mdo.cases.ConsentWithdrawn;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItem;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A withdrawn consent takes the case off every agenda from the withdrawal date at once. Runs in
 * the withdrawal's own transaction, so the consent is never withdrawn while the case stays on.
 */
@Component
class ConsentWithdrawalListener {

    static final String REASON = "agenda.removed.consent-withdrawn";

    private static final Logger log = LoggerFactory.getLogger(ConsentWithdrawalListener.class);

    private final AgendaItemRepository items;
    private final MeetingRepository meetings;
    private final AgendaAudit audit;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final CaseProgressUpdate progress;

    ConsentWithdrawalListener(AgendaItemRepository items, MeetingRepository meetings, AgendaAudit audit,
            CurrentUserService currentUser, Clock clock, CaseProgressUpdate progress) {
        this.progress = progress;
        this.items = items;
        this.meetings = meetings;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        List<AgendaItem> affected = items.findByCaseNumberAndStatusIn(withdrawn.caseNumber(), AgendaService.ACTIVE)
                .stream()
                .filter(item -> !meetings.getReferenceById(item.getMeetingId()).getStartsAt()
                        .atZone(clock.getZone()).toLocalDate().isBefore(withdrawn.withdrawnOn()))
                .toList();
        for (AgendaItem item : affected) {
            item.remove(REASON);
            audit.succeeded(currentUser.require(), item.getCaseNumber(), AuditAction.UPDATE, "agenda-item",
                    List.of("consent:withdrawn"), AgendaAudit.meeting(item.getMeetingId()) + ": removed");
            log.info("Case {} removed from the agenda of meeting {}: consent withdrawn", item.getCaseNumber(),
                    item.getMeetingId());
        }
        items.flush();
        if (!affected.isEmpty()) {
            progress.refresh(withdrawn.caseNumber(), "consent withdrawn");
        }
    }
}
