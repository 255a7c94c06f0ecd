package nl.kansrijkestart.mdo.meetings;

import java.time.LocalTime;
import nl.kansrijkestart.mdo.cases.MeetingCaseSummary;
import org.jspecify.annotations.Nullable;

/**
 * One agenda item as the viewer may see it. {@code caseSummary} is what the cases module allows
 * this viewer (anonymised outside the consent); {@code null} for items no longer on the agenda.
 */
public record AgendaEntry(
        long id,
        long version,
        String caseNumber,
        boolean anonymous,
        String submittedByName,
        String question,
        boolean parentsAttend,
        AgendaStatus status,
        @Nullable String rejectionReason,
        @Nullable String removalReason,
        @Nullable Integer position,
        @Nullable LocalTime slotStart,
        @Nullable Integer slotMinutes,
        @Nullable MeetingCaseSummary caseSummary) {}
