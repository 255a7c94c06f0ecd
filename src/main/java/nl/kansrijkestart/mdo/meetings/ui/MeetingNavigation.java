package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Typed navigation to the meeting screens, for this and other modules. */
public final class MeetingNavigation {

    private MeetingNavigation() {}

    public static void toMeeting(long meetingId) {
        UI.getCurrent().navigate(MeetingView.class, new RouteParameters("meetingId", String.valueOf(meetingId)));
    }

    public static void toMyMeetings() {
        UI.getCurrent().navigate(MyMeetingsView.class);
    }
}
