package nl.kansrijkestart.mdo.meetings;

/**
 * A meeting that does not exist and one the user is not invited to are refused alike, so that a
 * guessed address reveals nothing.
 */
public class MeetingNotFoundException extends RuntimeException {

    public MeetingNotFoundException(long meetingId) {
        super("No meeting " + meetingId + " for this user");
    }
}
