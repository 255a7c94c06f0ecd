package nl.kansrijkestart.mdo.offer;

/**
 * The kind of an intervention or service. Indicator 8 of the regional set counts starts per kind;
 * the programmes it names (JGZ prenatal home visits, Stevig Ouderschap, VoorZorg) are kinds of their own.
 */
public enum OfferKind {
    PRENATAL_HOME_VISIT,
    STEVIG_OUDERSCHAP,
    VOORZORG,
    NU_NIET_ZWANGER,
    CENTERING_PREGNANCY,
    PARENT_GROUP,
    DEBT_COUNSELLING,
    MENTAL_HEALTH,
    VEILIG_THUIS,
    MATERNITY_CARE,
    SOCIAL_TEAM_SUPPORT,
    OTHER;

    public String messageKey() {
        return "offer.kind." + name();
    }
}
