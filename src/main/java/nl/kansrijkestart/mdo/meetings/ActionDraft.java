package nl.kansrijkestart.mdo.meetings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An action the chair records: assigned to an invited user ({@code assigneeUserId}) or, when that
 * is empty, to an external party named in {@code externalParty}.
 */
public record ActionDraft(
        @Nullable String what,
        @Nullable Long assigneeUserId,
        @Nullable String externalParty,
        @Nullable LocalDate dueOn) {}
