package nl.kansrijkestart.mdo.meetings;

/** Where a meeting is in its life: planned, being held, or closed. */
public enum MeetingStatus {
    PLANNED,
    RUNNING,
    CLOSED;

    public String messageKey() {
        return "meeting.status." + name();
    }
}
