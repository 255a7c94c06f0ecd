package nl.kansrijkestart.mdo.meetings;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a closed meeting recorded about one case: the outcome, the shared notes, the agreed actions
 * and the addenda written after closing. For the case's care team.
 */
public record CaseMinutes(
        long meetingId,
        MeetingType meetingType,
        ZonedDateTime meetingStartsAt,
        Outcome outcome,
        @Nullable String notes,
        List<AgreedAction> actions,
        List<Addendum> addenda) {}
