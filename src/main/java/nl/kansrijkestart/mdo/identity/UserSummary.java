package nl.kansrijkestart.mdo.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user account as the rest of the application may see it; never the password hash. */
public record UserSummary(
        long id,
        long version,
        String username,
        String displayName,
        Set<Role> roles,
        Discipline discipline,
        long organisationId,
        String organisationName,
        boolean enabled,
        boolean locked,
        @Nullable Locale preferredLocale,
        @Nullable Instant lastLoginAt,
        Set<String> municipalityScope,
        boolean serviceAccount,
        @Nullable String workPhone) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
