package nl.kansrijkestart.mdo.meetings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the chair records for one agenda item; {@code followUpDate} only with {@link FollowUp#REDISCUSS}. */
public record OutcomeDraft(
        @Nullable OutcomeStatus status,
        @Nullable String conclusion,
        @Nullable FollowUp followUp,
        @Nullable LocalDate followUpDate) {}
