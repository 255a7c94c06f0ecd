package nl.kansrijkestart.mdo.cases;

/**
 * What the indicators may know of a discussed case: a random token for the case in one year (so
 * distinct cases can be counted), its type, municipality and whether it was brought anonymously.
 */
public record CountingFacts(String token, CaseType type, String municipalityCode, boolean anonymous) {}
