package nl.kansrijkestart.mdo.meetings;

import java.time.LocalTime;
import nl.kansrijkestart.mdo.cases.MeetingCaseSummary;
import org.jspecify.annotations.Nullable;

/**
 * One agenda item as the viewer may see it. {@code caseSummary} is what the cases module allows
 * this viewer (anonymised outside the consent); {@code null} for items no longer on the agenda.
 * {@code contentHidden}: the case is outside the viewer's consent scope, so case number, question
 * and submitter are left out and the item shows only as an anonymised case.
 */
public record AgendaEntry(
        long id,
        long version,
        @Nullable String caseNumber,
        boolean anonymous,
        @Nullable String submittedByName,
        @Nullable String question,
        boolean parentsAttend,
        AgendaStatus status,
        @Nullable String rejectionReason,
        @Nullable String removalReason,
        @Nullable Integer position,
        @Nullable LocalTime slotStart,
        @Nullable Integer slotMinutes,
        @Nullable MeetingCaseSummary caseSummary,
        boolean contentHidden) {

    /** A name for the item that is unique in its meeting and tells nothing the viewer may not see. */
    public String key() {
        return caseNumber != null ? caseNumber : "item-" + id;
    }
}
