package nl.kansrijkestart.mdo.cases;

/** Why case data may be shared (grondslag). Anything but consent needs a written justification. */
public enum LegalBasis {
    CONSENT,
    /** Conflict of duties (conflict van plichten): sharing to prevent serious harm. */
    CONFLICT_OF_DUTIES,
    LEGAL_DUTY;

    public String messageKey() {
        return "consent.basis." + name();
    }
}
