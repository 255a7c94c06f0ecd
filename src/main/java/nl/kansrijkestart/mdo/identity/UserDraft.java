package nl.kansrijkestart.mdo.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator fills in for a new or changed account; checked by {@link UserAdminService}.
 * {@code municipalityScope}: for a coordinator, the CBS codes of the municipalities whose counts
 * she may see (empty: all); only a coordinator may have one. {@code workPhone}: where parents and
 * colleagues reach the person for her work (optional; printed on a case's wegwijzer).
 */
public record UserDraft(
        @Nullable String username,
        @Nullable String displayName,
        Set<Role> roles,
        @Nullable Discipline discipline,
        @Nullable Long organisationId,
        Set<String> municipalityScope,
        @Nullable String workPhone) {

    public UserDraft {
        municipalityScope = Set.copyOf(municipalityScope);
    }

    /** An account without a work phone. */
    public UserDraft(@Nullable String username, @Nullable String displayName, Set<Role> roles,
            @Nullable Discipline discipline, @Nullable Long organisationId, Set<String> municipalityScope) {
        this(username, displayName, roles, discipline, organisationId, municipalityScope, null);
    }

    /** An account without a municipality scope or work phone. */
    public UserDraft(@Nullable String username, @Nullable String displayName, Set<Role> roles,
            @Nullable Discipline discipline, @Nullable Long organisationId) {
        this(username, displayName, roles, discipline, organisationId, Set.of(), null);
    }
}
