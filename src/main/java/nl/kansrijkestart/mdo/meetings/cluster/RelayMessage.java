package nl.kansrijkestart.mdo.meetings.cluster;

import nl.kansrijkestart.mdo.meetings.MeetingChanged;
import nl.kansrijkestart.mdo.meetings.SharedField;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One meeting change as it travels between nodes, in a NOTIFY payload: the sending node, the
 * meeting, the kind of change, the item and live text it concerns (for a move: the item now
 * discussed), the meeting's version after a move or a mark of attendance, and a name only where
 * the pages show one (who came in or left, who is typing). Ids, kinds and a version, never any case
 * content: each page reads what its own viewer may see through the services, as it does for a
 * change made on its own node. A message without a version (as an older node sends it) makes the
 * pages read the current item themselves.
 */
record RelayMessage(String origin, long meeting, MeetingChanged.Change change, @Nullable Long item,
        @Nullable SharedField field, String by, @Nullable Long version) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static RelayMessage of(String origin, MeetingChanged change) {
        return new RelayMessage(origin, change.meetingId(), change.change(), change.itemId(), change.field(),
                carriesName(change.change()) ? change.by() : "", change.version());
    }

    /** Presence and typing markers show who; the other changes are read from the database anyway. */
    static boolean carriesName(MeetingChanged.Change change) {
        return change == MeetingChanged.Change.ONLINE || change == MeetingChanged.Change.EDITING
                || change == MeetingChanged.Change.EDITING_STOPPED;
    }

    MeetingChanged toChange() {
        return new MeetingChanged(meeting, change, by, item, field, version);
    }

    String json() {
        return JSON.writeValueAsString(this);
    }

    static RelayMessage parse(String json) {
        return JSON.readValue(json, RelayMessage.class);
    }
}
