package nl.kansrijkestart.mdo.reference;

/** How a domain of an instrument is answered. */
public enum DomainValueType {
    /** 0 (not signalled) or 1 (signalled). */
    FLAG,
    /** A number within the range of the instrument's scale. */
    SCORE;

    public String messageKey() {
        return "instrument.type." + name();
    }
}
