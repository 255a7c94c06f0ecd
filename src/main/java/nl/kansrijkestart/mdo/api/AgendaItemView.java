package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalTime;
import java.util.Locale;
import nl.kansrijkestart.mdo.cases.MeetingCaseSummary;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * An agenda item as the API shows it: the viewer's {@link AgendaEntry} with, beside the stable
 * {@code removalReason} code, {@code removalReasonText} saying it in the request's language.
 */
@Schema(description = "An agenda item as the caller may see it; removalReason is a stable code, removalReasonText its"
        + " text in the request's language")
record AgendaItemView(
        long id,
        long version,
        @Nullable String caseNumber,
        boolean anonymous,
        @Nullable String submittedByName,
        @Nullable String question,
        boolean parentsAttend,
        AgendaStatus status,
        @Schema(description = "the chair's own words") @Nullable String rejectionReason,
        @Schema(description = "agenda.removed.consent-withdrawn, agenda.removed.meeting-cancelled or agenda.removed.not-on-new-date")
        @Nullable String removalReason,
        @Nullable String removalReasonText,
        @Nullable Integer position,
        @Nullable LocalTime slotStart,
        @Nullable Integer slotMinutes,
        @Nullable MeetingCaseSummary caseSummary,
        boolean contentHidden) {

    static AgendaItemView of(AgendaEntry entry, MessageSource messages, Locale locale) {
        String reason = entry.removalReason();
        return new AgendaItemView(entry.id(), entry.version(), entry.caseNumber(), entry.anonymous(),
                entry.submittedByName(), entry.question(), entry.parentsAttend(), entry.status(),
                entry.rejectionReason(), reason, reason == null ? null : messages.getMessage(reason, null, reason, locale),
                entry.position(), entry.slotStart(), entry.slotMinutes(), entry.caseSummary(), entry.contentHidden());
    }
}
