package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import nl.kansrijkestart.mdo.meetings.MeetingChanged;
import nl.kansrijkestart.mdo.meetings.MeetingRoom;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Connects one open page to its meeting's room. Changes arrive on the thread of whoever made them,
 * carrying that person's security context; the page is updated through {@code ui.access}, as its
 * own viewer, so the services decide again what this viewer may see.
 */
final class LiveUpdates {

    private LiveUpdates() {}

    /** Call from the page's attach (a request thread of the viewer); returns how to leave the room. */
    static Runnable join(MeetingRoom room, long meetingId, UI ui, Consumer<MeetingChanged> follow) {
        Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
        return room.join(meetingId, change -> ui.access(() -> asViewer(viewer, () -> follow.accept(change))));
    }

    private static void asViewer(@Nullable Authentication viewer, Runnable update) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(viewer);
        SecurityContextHolder.setContext(context);
        try {
            update.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
