package nl.kansrijkestart.mdo.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What a chair fills in to plan a meeting. The meeting is held in a municipality or for a region
 * (one of both); in a room, by video, or both.
 */
public record MeetingDraft(
        @Nullable MeetingType type,
        @Nullable LocalDate date,
        @Nullable LocalTime startTime,
        @Nullable Integer durationMinutes,
        @Nullable String place,
        @Nullable String videoLink,
        @Nullable String municipalityCode,
        @Nullable String regionCode,
        Set<Long> participantIds) {

    public MeetingDraft {
        if (participantIds.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("participants", "meeting.validation.participant-unknown");
        }
        participantIds = Set.copyOf(participantIds);
    }
}
