package nl.kansrijkestart.mdo.identity;

/**
 * What a user may do. A user holds one or more roles; Spring Security sees them as
 * {@code ROLE_<name>} authorities.
 */
public enum Role {
    /** Registers and follows up cases on whose care team they are. */
    PROFESSIONAL,
    /** Plans and runs meetings. */
    CHAIR,
    /** Sees and exports anonymous counts only, never case content. */
    COORDINATOR,
    /** Manages users, organisations and reference data, never case content. */
    ADMIN,
    /**
     * A screening platform's service account (e.g. the Mind2Care or R4U integration in a midwife's
     * record system): pushes instrument results on behalf of a professional on the case's care
     * team, and nothing else. Never a person's role.
     */
    SCREENING_PLATFORM;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }

    /** Held only by a machine client's service account, never offered for a person's account. */
    public boolean serviceAccountsOnly() {
        return this == SCREENING_PLATFORM;
    }
}
