package nl.kansrijkestart.mdo.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails.Assignment.Role;
import nl.kansrijkestart.mdo.cases.internal.CareTeamMember;
import nl.kansrijkestart.mdo.cases.internal.CaseAudit;
import nl.kansrijkestart.mdo.cases.internal.CaseEvent;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.CaseFileRepository;
import nl.kansrijkestart.mdo.cases.internal.CaseGuard;
import nl.kansrijkestart.mdo.cases.internal.CaseMapper;
import nl.kansrijkestart.mdo.cases.internal.CaseNumbers;
import nl.kansrijkestart.mdo.cases.internal.CaseRules;
import nl.kansrijkestart.mdo.cases.internal.CaseSpecifications;
import nl.kansrijkestart.mdo.cases.internal.ConsentRecord;
import nl.kansrijkestart.mdo.cases.internal.ContactAssignment;
import nl.kansrijkestart.mdo.cases.internal.CountingTokenStore;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, reading, changing and erasing cases. Only professionals, and per case only the
 * members of its care team; coordinators and administrators never see case content.
 */
@Service
@PreAuthorize("hasRole('PROFESSIONAL')")
public class CaseService {

    private final CaseFileRepository cases;
    private final CaseGuard guard;
    private final CaseRules rules;
    private final CaseNumbers numbers;
    private final CaseAudit audit;
    private final CountingTokenStore tokens;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseService(CaseFileRepository cases, CaseGuard guard, CaseRules rules, CaseNumbers numbers, CaseAudit audit,
            CountingTokenStore tokens, CurrentUserService currentUser, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.guard = guard;
        this.rules = rules;
        this.numbers = numbers;
        this.audit = audit;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A new case with the registering professional as first care-team member and contact person.
     * A named case needs its consent (or other legal basis) in the same step; an anonymous one none.
     */
    @Transactional
    public CaseDetails register(CaseDraft draft, @Nullable ConsentDraft consent) {
        CurrentUser me = currentUser.require();
        rules.check(draft);
        if (!draft.anonymous()) {
            if (consent == null) {
                throw new InvalidInputException("basis", "case.consent.required");
            }
            rules.check(consent);
        }
        Instant now = clock.instant();
        CaseFile caseFile = new CaseFile(numbers.next(), draft, me.id(), me.displayName(), now);
        caseFile.getCareTeam().add(new CareTeamMember(caseFile, me.id(), me.displayName(), me.discipline(),
                me.organisationName(), now));
        caseFile.getContacts().add(new ContactAssignment(caseFile, Role.CONTACT_PERSON, me.id(), me.displayName(),
                me.discipline(), now));
        caseFile.record(new CaseEvent(caseFile, now, me.displayName(),
                draft.anonymous() ? "timeline.registered-anonymous" : "timeline.registered"));
        if (!draft.anonymous()) {
            caseFile.getConsents().add(new ConsentRecord(caseFile, consent, me.displayName(), now));
            caseFile.record(new CaseEvent(caseFile, now, me.displayName(), "timeline.consent-recorded",
                    "#" + consent.basis().messageKey()));
        }
        cases.saveAndFlush(caseFile);
        audit.succeeded(me, caseFile.getCaseNumber(), AuditAction.CREATE, "case", CaseAudit.CARE_TEAM, null);
        return CaseMapper.details(caseFile, today());
    }

    @Transactional(readOnly = true)
    public CaseDetails open(String caseNumber) {
        CurrentUser me = currentUser.require();
        CaseFile caseFile = guard.forRead(me, caseNumber, "case");
        audit.succeeded(me, caseNumber, AuditAction.READ, "case", CaseAudit.CARE_TEAM, null);
        return CaseMapper.details(caseFile, today());
    }

    /** A page of the cases on whose care team the signed-in professional is, newest change first. */
    @Transactional(readOnly = true)
    public List<CaseListItem> myCases(CaseFilter filter, Pageable page) {
        CurrentUser me = currentUser.require();
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by(Sort.Direction.DESC, "lastChangedAt"));
        List<CaseListItem> found = cases.findAll(CaseSpecifications.myCases(me.id(), filter, today()), newestFirst)
                .map(caseFile -> CaseMapper.listItem(caseFile, today()))
                .getContent();
        audit.succeeded(me, null, AuditAction.READ, "case-list", CaseAudit.CARE_TEAM, found.size() + " cases");
        return found;
    }

    @Transactional(readOnly = true)
    public int countMyCases(CaseFilter filter) {
        CurrentUser me = currentUser.require();
        return Math.toIntExact(cases.count(CaseSpecifications.myCases(me.id(), filter, today())));
    }

    @Transactional
    public CaseDetails update(String caseNumber, long expectedVersion, CaseDraft draft) {
        CurrentUser me = currentUser.require();
        CaseFile caseFile = guard.forChange(me, caseNumber, expectedVersion, "case");
        CaseDraft checked = new CaseDraft(caseFile.getType(), caseFile.isAnonymous(), draft.initials(),
                draft.parentBirthYear(), draft.expectedDueDate(), draft.youngestChildBirthDate(),
                draft.municipalityCode(), draft.postcodeArea(), draft.question(), draft.factors());
        rules.check(checked);
        caseFile.apply(checked);
        return changed(me, caseFile, "case", "timeline.updated");
    }

    @Transactional
    public CaseDetails setFactors(String caseNumber, long expectedVersion, Set<Factor> factors) {
        CurrentUser me = currentUser.require();
        CaseFile caseFile = guard.forChange(me, caseNumber, expectedVersion, "factors");
        caseFile.setFactors(factors);
        return changed(me, caseFile, "factors", "timeline.factors-changed");
    }

    /**
     * Right to be forgotten (or end of retention): removes identifying data and free text, keeps
     * the case shell so counts of past meetings do not change, and deletes the case's counting
     * tokens so that no stored counting event can be linked back to it.
     */
    @Transactional
    public CaseDetails erase(String caseNumber, long expectedVersion, @Nullable String reason) {
        CurrentUser me = currentUser.require();
        InputRules.check().requiredText("reason", reason, 500).throwIfInvalid();
        CaseFile caseFile = guard.forChange(me, caseNumber, expectedVersion, "case");
        caseFile.erase(clock.instant());
        tokens.deleteAll(caseFile.requireId());
        caseFile.touch(me.displayName(), clock.instant());
        caseFile.record(new CaseEvent(caseFile, clock.instant(), me.displayName(), "timeline.erased"));
        cases.saveAndFlush(caseFile);
        audit.succeeded(me, caseNumber, AuditAction.DELETE, "case-identifying-data", CaseAudit.CARE_TEAM, reason);
        events.publishEvent(new CaseErased(caseNumber, me.asActor()));
        return CaseMapper.details(caseFile, today());
    }

    private CaseDetails changed(CurrentUser me, CaseFile caseFile, String object, String timelineKey) {
        Instant now = clock.instant();
        caseFile.touch(me.displayName(), now);
        caseFile.record(new CaseEvent(caseFile, now, me.displayName(), timelineKey));
        cases.saveAndFlush(caseFile);
        audit.succeeded(me, caseFile.getCaseNumber(), AuditAction.UPDATE, object, CaseAudit.CARE_TEAM, null);
        return CaseMapper.details(caseFile, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
