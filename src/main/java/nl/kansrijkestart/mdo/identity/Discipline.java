package nl.kansrijkestart.mdo.identity;

/** The professional field a user works in; exactly one per user. */
public enum Discipline {
    MIDWIFE,
    OBSTETRICIAN,
    MATERNITY_CARE,
    JGZ,
    /** Social team, including the family centre (CJG). */
    SOCIAL_TEAM,
    GP,
    PSYCHIATRY,
    PAEDIATRICS,
    MEDICAL_SOCIAL_WORK,
    MUNICIPALITY,
    OTHER;

    public String messageKey() {
        return "discipline." + name();
    }
}
