package nl.kansrijkestart.mdo.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A meeting invitation as an iCalendar file, for the meeting page and the API alike. Calendars are
 * synchronised to phones and mail servers outside our control, so the file holds only type, time,
 * place or link and chair — never a case.
 */
public final class InvitationCalendar {

    private InvitationCalendar() {}

    /** {@code title} is the translated meeting type, {@code chairLine} the translated "Chair: name". */
    public static byte[] ics(MeetingSummary meeting, String title, String chairLine) {
        VEvent event = new VEvent(meeting.startsAt(), meeting.endsAt(), title);
        event.add(new Uid("meeting-" + meeting.id() + "@mdo-kansrijke-start"));
        // The same UID with a higher sequence replaces the earlier download in the calendar: a
        // changed time or place, or the cancellation, reaches it when the file is opened again.
        event.add(new Sequence((int) Math.min(meeting.version(), Integer.MAX_VALUE)));
        event.add(new Status(meeting.status() == MeetingStatus.CANCELLED ? Status.VALUE_CANCELLED
                : Status.VALUE_CONFIRMED));
        event.add(new Location(where(meeting)));
        event.add(new Description(chairLine));
        // A published event needs an organiser; the chair has no e-mail address here, so a URN
        // names the chair's account and CN her name, as in the description.
        Organizer organizer = new Organizer(URI.create("urn:mdo-kansrijke-start:user:" + meeting.chairUserId()));
        organizer.add(new Cn(meeting.chairName()));
        event.add(organizer);
        if (meeting.videoLink() != null) {
            event.add(new Url(URI.create(meeting.videoLink())));
        }
        Calendar calendar = new Calendar()
                .withProdId("-//Kansrijke Start//MDO Kansrijke Start//NL")
                .withDefaults()
                .withComponent(event)
                .getFluentTarget();
        calendar.add(ImmutableMethod.PUBLISH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException impossibleInMemory) {
            throw new UncheckedIOException(impossibleInMemory);
        }
        return out.toByteArray();
    }

    private static String where(MeetingSummary meeting) {
        if (meeting.place() != null && meeting.videoLink() != null) {
            return meeting.place() + " / " + meeting.videoLink();
        }
        return meeting.place() != null ? meeting.place() : String.valueOf(meeting.videoLink());
    }
}
