package nl.kansrijkestart.mdo.cases;

/**
 * Published in the erasure's own transaction when a case's identifying data and free text are
 * erased, so that other modules erase the free text they keep about it (agenda questions,
 * meeting notes, conclusions, actions, addenda) in the same transaction.
 */
public record CaseErased(String caseNumber) {}
