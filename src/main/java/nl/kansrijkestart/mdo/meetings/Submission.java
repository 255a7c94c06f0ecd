package nl.kansrijkestart.mdo.meetings;

import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/** A case the signed-in professional submitted, with the chair's decision and its reason. */
public record Submission(
        long itemId,
        long meetingId,
        MeetingType meetingType,
        ZonedDateTime meetingStartsAt,
        String caseNumber,
        AgendaStatus status,
        @Nullable String rejectionReason,
        @Nullable String removalReason) {}
