package nl.kansrijkestart.mdo.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import nl.kansrijkestart.mdo.identity.ui.LoginPage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Ends a signed-in session at its next request once its account is disabled (or gone) or its
 * roles, discipline, organisation or municipalities changed since sign-in: the principal remembers
 * the account's access stamp of that moment ({@link StampedSignIn}), and every request of a session
 * compares it with the database (one indexed read of two columns, no write), so it holds on every
 * node. The request then goes on as anonymous: a page is sent to the login page, a Vaadin request
 * finds its session expired and reloads to it. A short-lived cookie tells the login page why.
 */
class SignedInAccountCheck extends SessionEndingFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SignedInAccountCheck.class);
    private static final Duration REASON_LIFETIME = Duration.ofMinutes(10);

    private final UserAccountRepository users;

    SignedInAccountCheck(UserAccountRepository users, SecurityContextHolderStrategy holder) {
        super(holder);
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = holder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof StampedSignIn stamped) {
            String ended = endedBecause(users.accessState(signedIn.getName()), stamped.accessStamp());
            if (ended != null) {
                LOG.info("Session of {} ended: account {}", signedIn.getName(), ended);
                endSession(request, response, signedIn);
                response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(LoginPage.SESSION_ENDED_COOKIE, ended)
                        .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                        .httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(REASON_LIFETIME)
                        .build().toString());
            }
        }
        chain.doFilter(request, response);
    }

    /** Why the session ends ({@link LoginPage#SESSION_ENDED_DISABLED} or {@link LoginPage#SESSION_ENDED_CHANGED}), or null. */
    static @Nullable String endedBecause(Optional<AccessState> now, long signedInWith) {
        if (now.isEmpty() || !now.get().enabled()) {
            return LoginPage.SESSION_ENDED_DISABLED;
        }
        return now.get().accessStamp() == signedInWith ? null : LoginPage.SESSION_ENDED_CHANGED;
    }
}
