package nl.kansrijkestart.mdo.meetings;

/** Whether an agenda item was discussed in the meeting; only a discussed item counts for the indicators. */
public enum OutcomeStatus {
    DISCUSSED,
    POSTPONED;

    public String messageKey() {
        return "outcome.status." + name();
    }
}
