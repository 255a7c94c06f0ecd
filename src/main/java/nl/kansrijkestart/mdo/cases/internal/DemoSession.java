package nl.kansrijkestart.mdo.cases.internal;

import java.util.function.Supplier;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Lets the demo-data loaders act as a demo professional, so every rule and the access log apply. */
@Component
class DemoSession {

    private final UserDetailsService userDetails;
    private final CurrentAuthentication authentication;

    DemoSession(UserDetailsService userDetails, CurrentAuthentication authentication) {
        this.userDetails = userDetails;
        this.authentication = authentication;
    }

    <T> T as(String username, Supplier<T> action) {
        SecurityContextHolderStrategy holder = authentication.holder();
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        try {
            return action.get();
        } finally {
            holder.clearContext();
        }
    }
}
