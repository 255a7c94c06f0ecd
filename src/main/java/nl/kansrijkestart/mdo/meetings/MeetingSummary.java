package nl.kansrijkestart.mdo.meetings;

import java.time.ZonedDateTime;
import java.util.List;
import nl.kansrijkestart.mdo.identity.Discipline;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as its chair and participants see it: no case content. {@code chairedByMe} tells the
 * screens whether to offer the chair's actions (the services check again).
 */
public record MeetingSummary(
        long id,
        long version,
        MeetingType type,
        ZonedDateTime startsAt,
        int durationMinutes,
        @Nullable String place,
        @Nullable String videoLink,
        @Nullable String municipalityCode,
        @Nullable String regionCode,
        long chairUserId,
        String chairName,
        MeetingStatus status,
        @Nullable String seriesId,
        boolean chairedByMe,
        List<Participant> participants,
        List<Guest> guests) {

    public ZonedDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    public record Participant(long userId, String name, Discipline discipline) {}

    public record Guest(String name, String organisation, Discipline discipline) {}
}
