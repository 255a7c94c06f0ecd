package nl.kansrijkestart.mdo.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator fills in for a new or changed account; checked by {@link UserAdminService}.
 * {@code municipalityScope}: for a coordinator, the CBS codes of the municipalities whose counts
 * she may see (empty: all); only a coordinator may have one.
 */
public record UserDraft(
        @Nullable String username,
        @Nullable String displayName,
        Set<Role> roles,
        @Nullable Discipline discipline,
        @Nullable Long organisationId,
        Set<String> municipalityScope) {

    public UserDraft {
        municipalityScope = Set.copyOf(municipalityScope);
    }

    /** An account without a municipality scope. */
    public UserDraft(@Nullable String username, @Nullable String displayName, Set<Role> roles,
            @Nullable Discipline discipline, @Nullable Long organisationId) {
        this(username, displayName, roles, discipline, organisationId, Set.of());
    }
}
