package nl.kansrijkestart.mdo.cases;

/** The consent situation of a case today, for lists and filters. */
public enum ConsentState {
    /** A consent (or justified other legal basis) is in force. */
    ACTIVE,
    /** Named case without any consent record. */
    NONE,
    WITHDRAWN,
    EXPIRED,
    /** Anonymous case: no consent needed, no identifying data. */
    ANONYMOUS;

    public String messageKey() {
        return "consent.state." + name();
    }
}
