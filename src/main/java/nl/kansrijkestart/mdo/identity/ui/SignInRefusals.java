package nl.kansrijkestart.mdo.identity.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.kansrijkestart.mdo.identity.AccountTemporarilyLockedException;
import nl.kansrijkestart.mdo.identity.SignInThrottledException;
import nl.kansrijkestart.mdo.identity.internal.LockingWrongPassword;
import nl.kansrijkestart.mdo.identity.internal.ServiceAccountSignInRefused;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a refused sign-in with the login page and the reason, where that is safe to say: a
 * disabled or locked account gets its own message (a temporary lock with the time it ends), a
 * throttled address how long to wait, anything else a neutral one. The page is the answer to the
 * form's post itself, not a redirect: the reason would otherwise have to wait in a session, and a
 * visitor who has not signed in gets none.
 */
@Component
public class SignInRefusals implements AuthenticationFailureHandler {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LoginPage page;
    private final Clock clock;

    SignInRefusals(LoginPage page, Clock clock) {
        this.page = page;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException refusal) throws IOException {
        // For whoever looks at the request after the answer (tests, logging), as Spring Security's forward does.
        request.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, refusal);
        String username = request.getParameter("username") == null ? "" : request.getParameter("username").strip();
        String password = request.getParameter("password");
        String reason = username.isEmpty() ? page.text("login.error.username-required")
                : password == null || password.isEmpty() ? page.text("login.error.password-required")
                : reasonFor(refusal);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(page.html(request, reason, username));
    }

    /** Why the sign-in was refused, as far as that is safe to say. */
    private String reasonFor(AuthenticationException refusal) {
        return switch (refusal) {
            case SignInThrottledException throttled -> page.text("login.error.throttled", minutes(throttled.retryAfter()));
            case AccountTemporarilyLockedException locked -> page.text("login.error.locked-until", at(locked.until()));
            case LockingWrongPassword locking when locking.until() != null ->
                    page.text("login.error.locked-until", at(locking.until()));
            case LockedException locked -> page.text("login.error.locked");
            case ServiceAccountSignInRefused service -> page.text("login.error.service-account");
            case DisabledException disabled -> page.text("login.error.disabled");
            default -> page.text("login.error.bad-credentials");
        };
    }

    private String at(Instant until) {
        return TIME.format(until.atZone(clock.getZone()));
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
