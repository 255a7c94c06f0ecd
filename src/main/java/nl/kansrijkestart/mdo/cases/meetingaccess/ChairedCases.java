package nl.kansrijkestart.mdo.cases.meetingaccess;

import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.cases.internal.CaseAudit;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.CaseFileRepository;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.stereotype.Component;

/**
 * The check behind every method a chair calls through this interface: the case must be on the
 * agenda of one of her meetings. Any other chair is refused as for an unknown case, and logged.
 */
@Component
class ChairedCases {

    private final CaseFileRepository cases;
    private final MeetingAgendas agendas;
    private final CaseAudit audit;

    ChairedCases(CaseFileRepository cases, MeetingAgendas agendas, CaseAudit audit) {
        this.cases = cases;
        this.agendas = agendas;
        this.audit = audit;
    }

    CaseFile require(CurrentUser chair, String caseNumber, AuditAction action, String object) {
        return cases.findByCaseNumber(caseNumber).filter(found -> agendas.onAgendaChairedBy(caseNumber, chair.id()))
                .orElseThrow(() -> refused(chair, caseNumber, action, object));
    }

    CaseNotAccessibleException refused(CurrentUser caller, String caseNumber, AuditAction action, String object) {
        audit.denied(caller, caseNumber, action, object, "not on the agenda of the caller's meeting");
        return new CaseNotAccessibleException(caseNumber);
    }

    boolean onAgendaChairedBy(CurrentUser chair, String caseNumber) {
        return agendas.onAgendaChairedBy(caseNumber, chair.id());
    }
}
