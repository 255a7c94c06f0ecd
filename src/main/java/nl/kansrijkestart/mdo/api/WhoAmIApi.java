package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a client of the indicator feed check its credentials before the feed itself: who the
 * application takes it for and with which roles. Guarded like the feed, for coordinators only.
 */
@RestController
@Tag(name = "Caller", description = "Check the credentials of an indicator-feed client")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class WhoAmIApi {

    private static final String ROLE_PREFIX = "ROLE_";

    @GetMapping("/api/v1/whoami")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "The caller's name and roles (COORDINATOR only)")
    public Caller whoAmI(Authentication caller) {
        return new Caller(caller.getName(), caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .sorted()
                .toList());
    }

    record Caller(String name, List<String> roles) {}
}
