package nl.kansrijkestart.mdo.meetings;

import nl.kansrijkestart.mdo.identity.Discipline;
import org.jspecify.annotations.Nullable;

/** An external professional invited by name, without an account. */
public record GuestDraft(@Nullable String name, @Nullable String organisation, @Nullable Discipline discipline) {}
