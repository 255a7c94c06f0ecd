package nl.kansrijkestart.mdo.cases;

/**
 * The professional the parent trusts most: someone on the care team or an external professional on
 * the network map. A case has at most one.
 */
public sealed interface TrustedProfessional {

    record CareTeamUser(long userId) implements TrustedProfessional {}

    record ExternalProfessional(long networkMemberId) implements TrustedProfessional {}
}
