package nl.kansrijkestart.mdo.cases;

/**
 * The risk level of an instrument result as the instrument or the professional reported it. The
 * application never derives it from the values: the catalogue holds no cut-offs, so any computed
 * level would be invented.
 */
public enum ReportedRiskLevel {
    /** The instrument or professional reported no risk level. */
    NONE_REPORTED,
    LOW,
    INCREASED,
    HIGH;

    public String messageKey() {
        return "assessment.risk." + name();
    }
}
