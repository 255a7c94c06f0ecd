package nl.kansrijkestart.mdo.shared.audit;

/** How the attempt ended. */
public enum AuditOutcome {
    /** Allowed and carried out. */
    SUCCESS,
    /** Refused by an access rule (role, care team, consent). */
    DENIED,
    /** Allowed but failed, for example refused input or a sign-in with a wrong password. */
    FAILED
}
