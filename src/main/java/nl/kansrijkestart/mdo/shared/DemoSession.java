package nl.kansrijkestart.mdo.shared;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Lets the demo-data loaders of every module act as a demo user, so the data passes the same
 * services, rules and access log as anything a person enters.
 */
@Component
public class DemoSession {

    private final UserDetailsService userDetails;
    private final CurrentAuthentication authentication;

    DemoSession(UserDetailsService userDetails, CurrentAuthentication authentication) {
        this.userDetails = userDetails;
        this.authentication = authentication;
    }

    public <T> T as(String username, Supplier<T> action) {
        UserDetails user = userDetails.loadUserByUsername(username);
        return authentication.runAs(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), action);
    }
}
