package nl.kansrijkestart.mdo.reference;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator fills in for a new or changed region; checked by {@link RegionService}. */
public record RegionDraft(@Nullable String code, @Nullable String name, @Nullable Long parentId,
        Set<Long> municipalityIds) {}
