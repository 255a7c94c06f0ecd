package nl.kansrijkestart.mdo.meetings;

/** The kinds of multidisciplinary meeting a coalition holds. */
public enum MeetingType {
    MDO_VULNERABLE_PREGNANCY,
    POP,
    NEIGHBOURHOOD_NETWORK,
    BREAKTHROUGH_TEAM;

    public String messageKey() {
        return "meeting.type." + name();
    }
}
