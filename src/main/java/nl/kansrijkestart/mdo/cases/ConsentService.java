package nl.kansrijkestart.mdo.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.kansrijkestart.mdo.cases.internal.CaseAudit;
import nl.kansrijkestart.mdo.cases.internal.CaseEvent;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.CaseFileRepository;
import nl.kansrijkestart.mdo.cases.internal.CaseGuard;
import nl.kansrijkestart.mdo.cases.internal.CaseMapper;
import nl.kansrijkestart.mdo.cases.internal.CaseRules;
import nl.kansrijkestart.mdo.cases.internal.ConsentRecord;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording and withdrawing consent (or another legal basis) on a case, by its care team. */
@Service
@PreAuthorize("hasRole('PROFESSIONAL')")
public class ConsentService {

    private final CaseFileRepository cases;
    private final CaseGuard guard;
    private final CaseRules rules;
    private final CaseAudit audit;
    private final CurrentUserService currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentService(CaseFileRepository cases, CaseGuard guard, CaseRules rules, CaseAudit audit,
            CurrentUserService currentUser, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.cases = cases;
        this.guard = guard;
        this.rules = rules;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Adds a consent. Another legal basis than consent needs a written justification; it is logged
     * with the check "legal-basis:<basis>" so it stands out in the access log.
     */
    @Transactional
    public CaseDetails record(String caseNumber, long expectedVersion, ConsentDraft draft) {
        CurrentUser me = currentUser.require();
        CaseFile caseFile = guard.forChange(me, caseNumber, expectedVersion, "consent");
        if (caseFile.isAnonymous()) {
            throw new InvalidInputException("basis", "consent.anonymous-case");
        }
        rules.check(draft);
        Instant now = clock.instant();
        caseFile.getConsents().add(new ConsentRecord(caseFile, draft, me.displayName(), now));
        caseFile.touch(me.displayName(), now);
        caseFile.record(new CaseEvent(caseFile, now, me.displayName(), "timeline.consent-recorded",
                "#" + draft.basis().messageKey()));
        cases.saveAndFlush(caseFile);
        audit.succeeded(me, caseNumber, AuditAction.CREATE, "consent",
                List.of("care-team", "legal-basis:" + draft.basis().name()),
                draft.basis() == LegalBasis.CONSENT ? null : "other legal basis with justification");
        // The newest consent in force decides, so this one may share with other disciplines.
        events.publishEvent(new CaseAccessChanged(caseNumber));
        return CaseMapper.details(caseFile, LocalDate.now(clock));
    }

    /**
     * Withdrawal takes effect on {@code withdrawnOn}: from then on the case cannot be put on an
     * agenda or shared with new care-team members under this consent.
     */
    @Transactional
    public CaseDetails withdraw(String caseNumber, long expectedVersion, long consentId,
            @Nullable LocalDate withdrawnOn) {
        CurrentUser me = currentUser.require();
        CaseFile caseFile = guard.forChange(me, caseNumber, expectedVersion, "consent");
        LocalDate today = LocalDate.now(clock);
        ConsentRecord consent = caseFile.getConsents().stream()
                .filter(c -> c.getId() != null && c.getId() == consentId)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("consent", "consent.unknown"));
        if (consent.getWithdrawnOn() != null) {
            throw new InvalidInputException("consent", "consent.already-withdrawn");
        }
        LocalDate on = withdrawnOn == null ? today : withdrawnOn;
        if (on.isAfter(today) || on.isBefore(consent.getGivenOn())) {
            throw new InvalidInputException("withdrawnOn", "consent.withdrawn-on.invalid");
        }
        Instant now = clock.instant();
        consent.withdraw(on, me.displayName());
        caseFile.touch(me.displayName(), now);
        caseFile.record(new CaseEvent(caseFile, now, me.displayName(), "timeline.consent-withdrawn", on.toString()));
        cases.saveAndFlush(caseFile);
        audit.succeeded(me, caseNumber, AuditAction.UPDATE, "consent", CaseAudit.CARE_TEAM, "withdrawn");
        events.publishEvent(new ConsentWithdrawn(caseNumber, on));
        return CaseMapper.details(caseFile, today);
    }
}
