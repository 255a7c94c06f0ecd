package nl.kansrijkestart.mdo.shared.audit;

/** What was done (NEN 7513 "actie"). */
public enum AuditAction {
    CREATE,
    READ,
    UPDATE,
    DELETE,
    EXPORT,
    LOGIN,
    LOGOUT
}
