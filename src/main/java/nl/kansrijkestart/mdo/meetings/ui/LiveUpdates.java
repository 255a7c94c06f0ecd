package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import nl.kansrijkestart.mdo.meetings.MeetingChanged;
import nl.kansrijkestart.mdo.meetings.MeetingRoom;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import org.springframework.security.core.Authentication;

/**
 * Connects one open page to its meeting's room. Changes arrive on one of the room's delivery
 * threads, never on the thread of whoever made them; the page is updated through its own
 * {@code ui.access}, as its own viewer, so the services decide again what this viewer may see.
 * The page is present as long as its browser sends heartbeats (Vaadin's {@code heartbeatInterval},
 * set well below the room's presence timeout): the page passes each beat on to its seat
 * ({@link MeetingRoom.Seat#heard()}), which notes it on the application's clock.
 */
final class LiveUpdates {

    private LiveUpdates() {}

    /** Call from the page's attach (a request thread of the viewer); returns the page's seat, to leave the room with. */
    static MeetingRoom.Seat join(MeetingRoom room, long meetingId, UI ui, CurrentAuthentication authentication,
            Consumer<MeetingChanged> follow) {
        Authentication viewer = authentication.current().orElse(null);
        return room.enterWithHeartbeat(meetingId, change -> ui.access(() -> authentication.runAs(viewer, () -> {
            follow.accept(change);
            return null;
        })));
    }
}
