package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZonedDateTime;
import java.util.Locale;
import nl.kansrijkestart.mdo.meetings.AgendaStatus;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.meetings.Submission;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A submission as the API shows it: {@code removalReason} is a stable code (the same in every
 * language, e.g. {@code agenda.removed.consent-withdrawn}) for a program to act on, and
 * {@code removalReasonText} says it in the request's language for a person to read.
 */
@Schema(description = "A case I submitted; removalReason is a stable code, removalReasonText its text in the request's language")
record SubmissionView(
        long itemId,
        long meetingId,
        MeetingType meetingType,
        ZonedDateTime meetingStartsAt,
        String caseNumber,
        AgendaStatus status,
        @Schema(description = "the chair's own words") @Nullable String rejectionReason,
        @Schema(description = "agenda.removed.consent-withdrawn, agenda.removed.meeting-cancelled or agenda.removed.not-on-new-date")
        @Nullable String removalReason,
        @Nullable String removalReasonText) {

    static SubmissionView of(Submission submission, MessageSource messages, Locale locale) {
        String reason = submission.removalReason();
        return new SubmissionView(submission.itemId(), submission.meetingId(), submission.meetingType(),
                submission.meetingStartsAt(), submission.caseNumber(), submission.status(),
                submission.rejectionReason(), reason,
                reason == null ? null : messages.getMessage(reason, null, reason, locale));
    }
}
