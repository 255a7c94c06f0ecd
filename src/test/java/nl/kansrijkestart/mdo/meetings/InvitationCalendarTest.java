package nl.kansrijkestart.mdo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import nl.kansrijkestart.mdo.identity.Discipline;
import org.junit.jupiter.api.Test;

class InvitationCalendarTest {

    private static final ZonedDateTime START = ZonedDateTime.of(2027, 3, 2, 13, 0, 0, 0, ZoneId.of("Europe/Amsterdam"));

    @Test
    void theInvitationParsesBackWithTypeTimePlaceLinkAndChair() throws Exception {
        MeetingSummary meeting = new MeetingSummary(42, 0, MeetingType.POP, START, 90, "Ziekenhuis Rijnzicht",
                "https://meet.example.nl/pop", null, "GELDERLAND-MIDDEN", 7, "Pieter Voorzitter",
                MeetingStatus.PLANNED, null, false,
                List.of(new MeetingSummary.Participant(8, "Ina Huisarts", Discipline.GP)), List.of());

        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(
                InvitationCalendar.ics(meeting, "POP-overleg", "Voorzitter: Pieter Voorzitter")));

        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(value(event, "SUMMARY")).isEqualTo("POP-overleg");
        assertThat(Instant.from(event.<DtStart<Temporal>>getProperty("DTSTART").orElseThrow().getDate()))
                .isEqualTo(START.toInstant());
        assertThat(Instant.from(event.<DtEnd<Temporal>>getProperty("DTEND").orElseThrow().getDate()))
                .isEqualTo(START.plusMinutes(90).toInstant());
        assertThat(value(event, "LOCATION")).contains("Ziekenhuis Rijnzicht");
        assertThat(value(event, "URL")).isEqualTo("https://meet.example.nl/pop");
        assertThat(value(event, "DESCRIPTION")).contains("Pieter Voorzitter");
        assertThat(value(event, "UID")).isEqualTo("meeting-42@mdo-kansrijke-start");
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(event.getProperty("ORGANIZER").orElseThrow().toString()).contains("CN=Pieter Voorzitter");
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(calendar.toString()).as("no invitee or case data").doesNotContain("Ina Huisarts");
    }

    @Test
    void aChangedOrCancelledMeetingReplacesTheEarlierInvitationInTheCalendar() throws Exception {
        MeetingSummary cancelled = new MeetingSummary(42, 5, MeetingType.POP, START.plusDays(1), 60, "Ziekenhuis Rijnzicht",
                null, null, null, 7, "Pieter Voorzitter", MeetingStatus.CANCELLED, null, false, List.of(), List.of());

        VEvent event = new CalendarBuilder().build(new ByteArrayInputStream(
                InvitationCalendar.ics(cancelled, "POP-overleg", "Voorzitter: Pieter Voorzitter")))
                .<VEvent>getComponent("VEVENT").orElseThrow();

        assertThat(value(event, "UID")).isEqualTo("meeting-42@mdo-kansrijke-start");
        assertThat(value(event, "SEQUENCE")).isEqualTo("5");
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
