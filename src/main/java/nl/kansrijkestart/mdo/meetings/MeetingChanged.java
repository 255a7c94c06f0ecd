package nl.kansrijkestart.mdo.meetings;

/**
 * Something everyone with the meeting open should see without reloading; published inside the
 * changing transaction and passed on by {@link MeetingRoom} only once it has committed. Carries no
 * case content: each open page reads what its own viewer may see.
 */
public record MeetingChanged(long meetingId, Change change, String by) {

    public enum Change {
        STARTED, CLOSED, CURRENT_ITEM, ATTENDANCE, OUTCOME, NOTES, ONLINE
    }
}
