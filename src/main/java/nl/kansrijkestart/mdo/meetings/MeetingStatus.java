package nl.kansrijkestart.mdo.meetings;

/** Where a meeting is in its life: planned, being held, closed, or cancelled before it was held. */
public enum MeetingStatus {
    PLANNED,
    RUNNING,
    CLOSED,
    CANCELLED;

    public String messageKey() {
        return "meeting.status." + name();
    }
}
