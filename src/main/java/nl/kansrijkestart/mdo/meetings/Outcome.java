package nl.kansrijkestart.mdo.meetings;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The recorded outcome of one agenda item. {@code followUpMeetingId} names the meeting where a
 * re-discussion was requested, or is {@code null} when no upcoming meeting of the chair fitted.
 */
public record Outcome(
        long agendaItemId,
        long version,
        OutcomeStatus status,
        @Nullable String conclusion,
        FollowUp followUp,
        @Nullable LocalDate followUpDate,
        @Nullable Long followUpMeetingId,
        String recordedBy,
        Instant recordedAt) {}
