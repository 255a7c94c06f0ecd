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
    /** 12-analogue: days from a case's registration to its first discussion in a meeting. */
    DAYS_TO_FIRST_DISCUSSION("12");

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
