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
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
