package nl.kansrijkestart.mdo.meetings.ui;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;

/** How a meeting's time and place read in the screens. */
final class MeetingLabels {

    private MeetingLabels() {}

    static String when(Locale locale, MeetingSummary meeting) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        return date.format(meeting.startsAt()) + ", " + time.format(meeting.startsAt()) + "–"
                + time.format(meeting.endsAt());
    }

    static String dateTime(Locale locale, ZonedDateTime when) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(when);
    }

    static String where(MeetingSummary meeting) {
        if (meeting.place() != null && meeting.videoLink() != null) {
            return meeting.place() + " / " + meeting.videoLink();
        }
        return meeting.place() != null ? meeting.place() : String.valueOf(meeting.videoLink());
    }
}
