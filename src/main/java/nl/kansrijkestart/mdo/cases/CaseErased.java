package nl.kansrijkestart.mdo.cases;

import nl.kansrijkestart.mdo.shared.audit.AuditActor;

/**
 * Published in the erasure's own transaction when a case's identifying data and free text are
 * erased, so that other modules erase the free text they keep about it (agenda questions,
 * meeting notes, conclusions, actions, addenda) in the same transaction, and log it in the name of
 * {@code erasedBy}: a care-team member, or the application at the end of the retention period.
 */
public record CaseErased(String caseNumber, AuditActor erasedBy) {}
