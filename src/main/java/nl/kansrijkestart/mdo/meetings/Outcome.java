package nl.kansrijkestart.mdo.meetings;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The recorded outcome of one agenda item. {@code status} is {@code null} while the chair has typed
 * a conclusion but not yet recorded whether the item was discussed. {@code followUpMeetingId} names the meeting where a
 * re-discussion was requested, or is {@code null} when no upcoming meeting of the chair fitted.
 */
public record Outcome(
        long agendaItemId,
        long version,
        @Nullable OutcomeStatus status,
        @Nullable String conclusion,
        FollowUp followUp,
        @Nullable LocalDate followUpDate,
        @Nullable Long followUpMeetingId,
        String recordedBy,
        Instant recordedAt) {}
