package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets any client check its credentials before it calls anything else: who the application takes
 * it for, with which roles, and (for a caller with an account) the user id, discipline and
 * organisation the care-team and consent rules will judge it by. A Keycloak client's service
 * account has no account: it gets its name and roles only.
 */
@RestController
@Tag(name = "Caller", description = "Check the credentials of a client")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class WhoAmIApi {

    private static final String ROLE_PREFIX = "ROLE_";

    private final CurrentUserService users;

    WhoAmIApi(CurrentUserService users) {
        this.users = users;
    }

    @GetMapping("/api/v1/whoami")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's name, roles and (with an account) id, discipline and organisation")
    public Caller whoAmI(Authentication caller) {
        List<String> roles = caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .sorted()
                .toList();
        return users.signedIn()
                .map(account -> Caller.of(caller.getName(), roles, account))
                .orElseGet(() -> new Caller(caller.getName(), roles, null, null, null, null, true));
    }

    @Schema(description = "The caller; userId, displayName, discipline and organisation are null for a token client without an account")
    record Caller(String name, List<String> roles, @Nullable Long userId, @Nullable String displayName,
            @Nullable String discipline, @Nullable String organisation, boolean serviceAccount) {

        static Caller of(String name, List<String> roles, CurrentUser account) {
            return new Caller(name, roles, account.id(), account.displayName(), account.discipline().name(),
                    account.organisationName(), account.serviceAccount());
        }
    }
}
