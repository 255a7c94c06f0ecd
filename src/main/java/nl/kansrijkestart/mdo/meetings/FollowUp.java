package nl.kansrijkestart.mdo.meetings;

/** What happens after the discussion: nothing planned, discuss again from a date, or close the discussion. */
public enum FollowUp {
    NONE,
    REDISCUSS,
    CLOSE;

    public String messageKey() {
        return "outcome.follow-up." + name();
    }
}
