package nl.kansrijkestart.mdo.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An agreed action with the meeting it comes from. {@code overdue}: not done and due before today.
 * {@code assigneeUserId} is {@code null} for an external party. {@code caseNumber} is {@code null}
 * when the case is outside the reader's consent scope (the reader's own action about it).
 */
public record AgreedAction(
        long id,
        long version,
        long agendaItemId,
        long meetingId,
        MeetingType meetingType,
        ZonedDateTime meetingStartsAt,
        @Nullable String caseNumber,
        String what,
        @Nullable Long assigneeUserId,
        String assigneeName,
        LocalDate dueOn,
        @Nullable Instant doneAt,
        boolean overdue) {

    public boolean done() {
        return doneAt != null;
    }
}
