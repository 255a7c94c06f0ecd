package nl.kansrijkestart.mdo.cases;

public enum CaseStatus {
    REGISTERED,
    ON_AGENDA,
    DISCUSSED,
    IN_FOLLOW_UP,
    CLOSED;

    public String messageKey() {
        return "case.status." + name();
    }
}
