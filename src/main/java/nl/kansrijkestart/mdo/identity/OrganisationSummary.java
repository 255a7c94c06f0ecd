package nl.kansrijkestart.mdo.identity;

/** An organisation users work for: a midwifery practice, hospital, JGZ, social team, municipality. */
public record OrganisationSummary(long id, long version, String name, long userCount) {}
