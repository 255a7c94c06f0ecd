package nl.kansrijkestart.mdo.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** When and where a planned meeting takes place, as the chair changes it; checked like a new plan. */
public record MeetingSchedule(
        @Nullable LocalDate date,
        @Nullable LocalTime startTime,
        @Nullable Integer durationMinutes,
        @Nullable String place,
        @Nullable String videoLink) {}
