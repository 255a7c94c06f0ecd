package nl.kansrijkestart.mdo.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator fills in for a new or changed account; checked by {@link UserAdminService}. */
public record UserDraft(
        @Nullable String username,
        @Nullable String displayName,
        Set<Role> roles,
        @Nullable Discipline discipline,
        @Nullable Long organisationId) {}
