package nl.kansrijkestart.mdo.cases.meetingaccess;

import nl.kansrijkestart.mdo.cases.BirthPhase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails.Assignment;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.cases.internal.CaseAudit;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.CaseFileRepository;
import nl.kansrijkestart.mdo.cases.internal.CaseGuard;
import nl.kansrijkestart.mdo.cases.internal.ContactAssignment;
import nl.kansrijkestart.mdo.cases.internal.ContactRoles;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the referrals of the meetings module may ask of a case: for its care team, and for a chair
 * with the case on the agenda of one of her meetings (who records referrals in the outcome). Anyone
 * else is refused as for an unknown case, and logged. The case number stays in the meetings module;
 * the facts of a start that leave for the indicators do not name the case.
 */
@Service
@PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
public class CaseReferralFacts {

    private final CaseFileRepository cases;
    private final CaseAudit audit;
    private final CurrentUserService users;
    private final ChairedCases chaired;
    private final ZoneId zone;

    CaseReferralFacts(CaseFileRepository cases, CaseAudit audit, CurrentUserService users, ChairedCases chaired,
            Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.users = users;
        this.chaired = chaired;
        this.zone = clock.getZone();
    }

    /** The case as a referral sees it; logged as a read of the case's referral data. */
    @Transactional(readOnly = true)
    public ReferralCase referralCase(String caseNumber) {
        CurrentUser me = users.require();
        CaseFile caseFile = load(me, caseNumber, AuditAction.READ);
        ContactAssignment contact = ContactRoles.current(caseFile, Assignment.Role.CONTACT_PERSON).orElse(null);
        return new ReferralCase(caseFile.getCaseNumber(), caseFile.getType(), caseFile.isAnonymous(),
                caseFile.isErased(), caseFile.getMunicipalityCode(),
                caseFile.isErased() ? Set.<Factor>of() : caseFile.getFactors(),
                caseFile.getCareTeam().stream().filter(m -> m.isActive())
                        .map(m -> new ReferralCase.Member(m.getUserId(), m.getName(), m.getDiscipline())).toList(),
                contact == null ? null : contact.getUserId(), contact == null ? null : contact.getName());
    }

    /** Whether the signed-in user is the case's current contact person. */
    @Transactional(readOnly = true)
    public boolean isContactPerson(String caseNumber) {
        return casesWithMeAsContactPerson().contains(caseNumber);
    }

    /** The cases whose current contact person is the signed-in user. */
    @Transactional(readOnly = true)
    public List<String> casesWithMeAsContactPerson() {
        return cases.findCaseNumbersWithCurrent(users.require().id(), Assignment.Role.CONTACT_PERSON);
    }

    /**
     * Called when a referral of the case starts on {@code startedOn}: the facts the indicators store.
     * A start dated before the registration counts as day 0.
     */
    @Transactional(readOnly = true)
    public SupportStartFacts supportStarted(String caseNumber, LocalDate startedOn) {
        CurrentUser me = users.require();
        CaseFile caseFile = load(me, caseNumber, AuditAction.READ);
        LocalDate registered = caseFile.getCreatedAt().atZone(zone).toLocalDate();
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(registered, startedOn));
        return new SupportStartFacts(caseFile.getType(), caseFile.getMunicipalityCode(),
                BirthPhase.of(caseFile.getType(), caseFile.getExpectedDueDate(), caseFile.getYoungestChildBirthDate(),
                        startedOn),
                days);
    }

    private CaseFile load(CurrentUser me, String caseNumber, AuditAction action) {
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).orElse(null);
        if (caseFile != null && CaseGuard.isOnCareTeam(caseFile, me.id())) {
            audit.succeeded(me, caseNumber, action, "referral-case", List.of("care-team"), null);
            return caseFile;
        }
        if (caseFile != null && chaired.onAgendaChairedBy(me, caseNumber)) {
            audit.succeeded(me, caseNumber, action, "referral-case", List.of("meeting-chair"), null);
            return caseFile;
        }
        throw refused(me, caseNumber, action);
    }

    private CaseNotAccessibleException refused(CurrentUser me, String caseNumber, AuditAction action) {
        return chaired.refused(me, caseNumber, action, "referral-case");
    }
}
