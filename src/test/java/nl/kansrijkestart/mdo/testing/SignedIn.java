package nl.kansrijkestart.mdo.testing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Puts an existing account into the security context, as a sign-in would. Goes through this
 * application context's own {@link SecurityContextHolderStrategy} (Vaadin installs one per
 * context), so method security sees the same user even when several test contexts exist.
 */
@TestComponent
public class SignedIn {

    private final UserDetailsService userDetails;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    SignedIn(UserDetailsService userDetails, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.userDetails = userDetails;
        this.strategy = strategy;
    }

    public Authentication as(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = strategy().createEmptyContext();
        context.setAuthentication(authentication);
        strategy().setContext(context);
        return authentication;
    }

    public void nobody() {
        strategy().clearContext();
    }

    private SecurityContextHolderStrategy strategy() {
        return strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }
}
