package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import nl.kansrijkestart.mdo.meetings.MeetingDraft;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import org.jspecify.annotations.Nullable;

@Schema(description = "A meeting to plan: in one municipality or for one region, in a room, by video, or both.")
record MeetingRequest(
        @Nullable MeetingType type,
        @Schema(example = "2026-12-01") @Nullable LocalDate date,
        @Schema(example = "13:00") @Nullable LocalTime startTime,
        @Schema(example = "90") @Nullable Integer durationMinutes,
        @Schema(example = "Stadskantoor Arnhem") @Nullable String place,
        @Schema(example = "https://meet.example.nl/mdo") @Nullable String videoLink,
        @Schema(example = "GM0202") @Nullable String municipalityCode,
        @Nullable String regionCode,
        @Schema(description = "User ids of the professionals to invite") @Nullable Set<Long> participantIds) {

    MeetingDraft draft() {
        return new MeetingDraft(type, date, startTime, durationMinutes, place, videoLink, municipalityCode,
                regionCode, participantIds == null ? Set.of() : participantIds);
    }
}
