package nl.kansrijkestart.mdo.meetings;

import java.util.List;

/**
 * Carries the changes of this node's meeting pages to the other application nodes on the same
 * database, and knows who has a meeting open there. {@link MeetingRoom} hands it every change it
 * passes to its own pages; a change from another node comes back in through
 * {@link MeetingRoom#deliver}. Without a second node (the embedded H2 setup) there is none and the
 * room works alone.
 */
public interface MeetingRelay {

    /** A change made on this node, already passed to this node's pages. Must return at once. */
    void share(MeetingChanged change);

    /** The names of the people who have the meeting open on other, living nodes. */
    List<String> onlineElsewhere(long meetingId);
}
