package nl.kansrijkestart.mdo.cases.internal;

import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.stereotype.Component;

/**
 * The row-level rule: a case is open only to the professionals on its care team. A case that does
 * not exist and one the user may not see are refused alike; a refusal is logged.
 */
@Component
public class CaseGuard {

    private final CaseFileRepository cases;
    private final CaseAudit audit;

    CaseGuard(CaseFileRepository cases, CaseAudit audit) {
        this.cases = cases;
        this.audit = audit;
    }

    public CaseFile forRead(CurrentUser user, String caseNumber, String object) {
        return load(user, caseNumber, AuditAction.READ, object);
    }

    /**
     * For a change: also refuses an erased case and one changed since {@code expectedVersion},
     * naming who changed it.
     */
    public CaseFile forChange(CurrentUser user, String caseNumber, long expectedVersion, String object) {
        CaseFile caseFile = load(user, caseNumber, AuditAction.UPDATE, object);
        if (caseFile.getVersion() != expectedVersion) {
            audit.refused(user, caseNumber, AuditAction.UPDATE, object, "changed concurrently");
            throw new ConcurrentChangeException(caseFile.getLastChangedBy());
        }
        if (caseFile.isErased()) {
            audit.refused(user, caseNumber, AuditAction.UPDATE, object, "erased");
            throw new InvalidInputException("case", "case.erased");
        }
        return caseFile;
    }

    public static boolean isOnCareTeam(CaseFile caseFile, long userId) {
        return caseFile.getCareTeam().stream().anyMatch(m -> m.isActive() && m.getUserId() == userId);
    }

    private CaseFile load(CurrentUser user, String caseNumber, AuditAction action, String object) {
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).orElse(null);
        if (caseFile == null) {
            audit.denied(user, caseNumber, action, object, "unknown case number");
            throw new CaseNotAccessibleException(caseNumber);
        }
        if (!isOnCareTeam(caseFile, user.id())) {
            audit.denied(user, caseNumber, action, object, "not on care team");
            throw new CaseNotAccessibleException(caseNumber);
        }
        return caseFile;
    }
}
