package nl.kansrijkestart.mdo.cases;

/**
 * Published in the changing transaction when who may see a case changed without the case being
 * withdrawn or erased (which have {@link ConsentWithdrawn} and {@link CaseErased}): a consent
 * recorded (the newest consent in force decides, so a new one may share with fewer disciplines),
 * a care-team member added or removed, a contact person or case director assigned or cleared. The
 * meetings let every open page with the case on its agenda decide again what its viewer may see.
 */
public record CaseAccessChanged(String caseNumber) {}
