package nl.kansrijkestart.mdo.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/** A filter that may end the signed-in session of a request, which then goes on as anonymous. */
abstract class SessionEndingFilter extends OncePerRequestFilter {

    protected final SecurityContextHolderStrategy holder;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    /** {@code holder}: the application context's (Vaadin installs one), as the rest of the chain uses. */
    SessionEndingFilter(SecurityContextHolderStrategy holder) {
        this.holder = holder;
        logout.setSecurityContextHolderStrategy(holder);
    }

    /** Invalidates the session and forgets who signed in; the request goes on as anonymous. */
    protected void endSession(HttpServletRequest request, HttpServletResponse response, Authentication signedIn) {
        logout.logout(request, response, signedIn);
    }
}
