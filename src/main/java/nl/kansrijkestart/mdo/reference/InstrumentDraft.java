package nl.kansrijkestart.mdo.reference;

import org.jspecify.annotations.Nullable;

/** What an administrator fills in for a new instrument; checked by {@link InstrumentCatalogue}. */
public record InstrumentDraft(@Nullable String code, @Nullable String name, boolean validated,
        @Nullable String description) {}
