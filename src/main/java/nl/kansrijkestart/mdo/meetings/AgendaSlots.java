package nl.kansrijkestart.mdo.meetings;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.kansrijkestart.mdo.meetings.internal.Meeting;
import nl.kansrijkestart.mdo.shared.InputRules;
import org.jspecify.annotations.Nullable;

/** A time slot lies within its meeting; both parts are given, or neither. */
final class AgendaSlots {

    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 240;

    private AgendaSlots() {}

    static void check(Meeting meeting, ZoneId zone, @Nullable LocalTime start, @Nullable Integer minutes) {
        InputRules rules = InputRules.check();
        if ((start == null) != (minutes == null)) {
            rules.problem(start == null ? "slotStart" : "slotMinutes", "validation.required");
        }
        rules.that("slotMinutes", minutes, m -> m >= MIN_MINUTES && m <= MAX_MINUTES,
                "agenda.validation.slot-minutes", MIN_MINUTES, MAX_MINUTES);
        if (start != null && minutes != null && !rules.hasProblemWith("slotMinutes")) {
            ZonedDateTime begin = meeting.getStartsAt().atZone(zone);
            ZonedDateTime slotStart = begin.with(start);
            if (slotStart.isBefore(begin)
                    || slotStart.plusMinutes(minutes).isAfter(begin.plusMinutes(meeting.getDurationMinutes()))) {
                rules.problem("slotStart", "agenda.validation.slot-outside");
            }
        }
        rules.throwIfInvalid();
    }
}
