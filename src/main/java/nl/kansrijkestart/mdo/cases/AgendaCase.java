package nl.kansrijkestart.mdo.cases;

/** A case that may be submitted to a meeting: what the meeting needs to know without case content. */
public record AgendaCase(String caseNumber, CaseType type, boolean anonymous, String municipalityCode, boolean urgent) {}
