package nl.kansrijkestart.mdo.indicators;

/**
 * The indicators of the regional set besides indicator 7 that the recorded data supports. Their
 * definitions are in docs/architecture.md ("Indicators 6, 10 and 12").
 */
public enum FactIndicator {
    /** 6: share of the instrument results recorded by midwives that used a validated instrument. */
    VALIDATED_INSTRUMENTS("6"),
    /** 10: share of the cases discussed in a year that had a case director from the social domain. */
    SOCIAL_CASE_DIRECTORS("10"),
    /**
     * Days from a case's registration to its first discussion in a meeting: a measure of its own. It
     * keeps the feed path {@code 12} it had before indicator 12 by the report's definition existed
     * ({@link #DAYS_TO_SUPPORT}), so existing clients keep their figures.
     */
    DAYS_TO_FIRST_DISCUSSION("12"),
    /** 8: families whose support of a kind started, before or after the birth (from referrals). */
    SUPPORT_STARTED("8"),
    /** 12 by the regional report: days from registration (day 0) to the start of support by the social team or CJG. */
    DAYS_TO_SUPPORT("12-support");

    private final String number;

    FactIndicator(String number) {
        this.number = number;
    }

    /** The indicator's number in the regional set, as in the feed's path. */
    public String number() {
        return number;
    }

    public String messageKey() {
        return "indicator" + number + ".title";
    }
}
