package nl.kansrijkestart.mdo.meetings;

import org.jspecify.annotations.Nullable;

/**
 * Something everyone with the meeting open should see without reloading; published inside the
 * changing transaction and passed on by {@link MeetingRoom} only once it has committed. Carries no
 * case content: each open page reads what its own viewer may see. A change of one live text
 * ({@link Change#NOTES}, {@link Change#CONCLUSION}, {@link Change#EDITING} while someone types and
 * {@link Change#EDITING_STOPPED} when they stop) names the item and the field. {@link Change#RESYNC}
 * asks a page to read everything again: its node may have missed changes of other nodes (its
 * connection to the database was lost for a while).
 */
public record MeetingChanged(long meetingId, Change change, String by, @Nullable Long itemId,
        @Nullable SharedField field) {

    public MeetingChanged(long meetingId, Change change, String by) {
        this(meetingId, change, by, null, null);
    }

    /** Whether this change concerns the given live text of the given item. */
    public boolean concerns(long item, SharedField sharedField) {
        return itemId != null && itemId == item && field == sharedField;
    }

    public enum Change {
        PLANNING, STARTED, CLOSED, CURRENT_ITEM, ATTENDANCE, OUTCOME, NOTES, CONCLUSION, EDITING, EDITING_STOPPED, ADDENDUM,
        ONLINE, RESYNC
    }
}
