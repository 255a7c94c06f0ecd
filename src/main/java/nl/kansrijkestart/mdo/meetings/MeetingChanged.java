package nl.kansrijkestart.mdo.meetings;

import org.jspecify.annotations.Nullable;

/**
 * Something everyone with the meeting open should see without reloading; published inside the
 * changing transaction and passed on by {@link MeetingRoom} only once it has committed. Carries no
 * case content: each open page reads what its own viewer may see. A change of one live text
 * ({@link Change#NOTES}, {@link Change#CONCLUSION}, {@link Change#EDITING} while someone types and
 * {@link Change#EDITING_STOPPED} when they stop) names the item and the field. {@link Change#RESYNC}
 * asks a page to read everything again: its node may have missed changes of other nodes (its
 * connection to the database was lost for a while). {@link Change#REFERRALS} names the item whose
 * outcome holds a referral that moved on after it was recorded (on the case page or through the API):
 * the pages read that meeting's referrals again, nothing else. {@link Change#ACCESS} says that who may
 * see what in the meeting changed (see {@link MeetingAccessChanges}): each page decides again, as its
 * own viewer, what it may show, and a page whose viewer may no longer see the meeting stops showing it.
 *
 * <p>A change of the meeting row itself that the pages can apply as it is carries the meeting's
 * {@code version} after it: a move ({@link Change#CURRENT_ITEM}, with the item now discussed as
 * {@code itemId}) and a mark of attendance ({@link Change#ATTENDANCE}). A page applies a move from
 * the change alone, without reading the database (it discloses nothing the page does not show
 * already), and ignores a change whose version is not newer than what it shows, so two quick moves
 * that arrive in the other order leave every page on the later one.
 */
public record MeetingChanged(long meetingId, Change change, String by, @Nullable Long itemId,
        @Nullable SharedField field, @Nullable Long version) {

    public MeetingChanged(long meetingId, Change change, String by) {
        this(meetingId, change, by, null, null, null);
    }

    public MeetingChanged(long meetingId, Change change, String by, @Nullable Long itemId,
            @Nullable SharedField field) {
        this(meetingId, change, by, itemId, field, null);
    }

    /** The chair moved the discussion to {@code itemId}; the meeting has {@code version} since. */
    public static MeetingChanged currentItem(long meetingId, String by, long itemId, long version) {
        return new MeetingChanged(meetingId, Change.CURRENT_ITEM, by, itemId, null, version);
    }

    /** The chair marked someone present or absent; the meeting has {@code version} since. */
    public static MeetingChanged attendance(long meetingId, String by, long version) {
        return new MeetingChanged(meetingId, Change.ATTENDANCE, by, null, null, version);
    }

    /**
     * Who may see what in the meeting changed (a consent, a care team, the agenda, an account): every
     * open page decides again what its viewer may see. Carries neither name nor case.
     */
    public static MeetingChanged access(long meetingId) {
        return new MeetingChanged(meetingId, Change.ACCESS, "");
    }

    /** Whether this change concerns the given live text of the given item. */
    public boolean concerns(long item, SharedField sharedField) {
        return itemId != null && itemId == item && field == sharedField;
    }

    /**
     * Whether a page that shows the state of {@code shownVersion} must apply this change: false for
     * a change it shows already or one overtaken by a later change it shows; true for a change that
     * carries no version.
     */
    public boolean newerThan(long shownVersion) {
        return version == null || version > shownVersion;
    }

    public enum Change {
        PLANNING, STARTED, CLOSED, CURRENT_ITEM, ATTENDANCE, OUTCOME, REFERRALS, NOTES, CONCLUSION, EDITING,
        EDITING_STOPPED, ADDENDUM, ONLINE, RESYNC, ACCESS
    }
}
