package nl.kansrijkestart.mdo.identity.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.identity.SignInThrottledException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Remembers the last successful sign-in and puts every attempt in the access log (NEN 7513),
 * including those for unknown user names, the wrong password that locks an account and attempts
 * refused because of a lock or a throttled address. Counting and locking are {@link FailedSignIns}'.
 */
@Component
class LoginAttempts {

    /** The object of sign-in entries in the access log. */
    private static final String SESSION = "session";
    /** Stands in the log for the user name of a refused API token. */
    private static final String BEARER_TOKEN = "(bearer token)";

    private final UserAccountRepository users;
    private final FailedSignIns failures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttempts(UserAccountRepository users, FailedSignIns failures, ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.failures = failures;
        this.events = events;
        this.clock = clock;
    }

    // No transaction around these: the access log writes in a transaction of its own, and holding
    // a second connection meanwhile could empty the pool when many sign in at once.
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        failures.recordSignIn(username);
        logAttempt(username, users.findByUsername(username), AuditOutcome.SUCCESS, null);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof BearerTokenAuthenticationToken) {
            // The "name" of a refused API token is the token itself: a credential never goes into the log.
            logAttempt(BEARER_TOKEN, Optional.empty(), AuditOutcome.FAILED, "invalid, expired or foreign access token");
            return;
        }
        // Counted before the password check (FailedSignIns); here only logged, the lock it caused included.
        String username = normalised(event);
        boolean locking = event.getException() instanceof LockingWrongPassword;
        logAttempt(username, users.findByUsername(username), AuditOutcome.FAILED,
                locking ? "wrong password; account locked" : "wrong user name or password");
    }

    /** Right or wrong password does not matter here: the account itself may not sign in. */
    @EventListener({AuthenticationFailureLockedEvent.class, AuthenticationFailureDisabledEvent.class})
    void refused(AbstractAuthenticationFailureEvent event) {
        String username = normalised(event);
        String reason = event.getException() instanceof SignInThrottledException
                ? "too many failed sign-ins from this address"
                : event instanceof AuthenticationFailureLockedEvent ? "account locked"
                : event.getException() instanceof ServiceAccountSignInRefused ? "service account: API only"
                : "account disabled";
        logAttempt(username, users.findByUsername(username), AuditOutcome.DENIED, reason);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        Optional<UserAccount> account = users.findByUsername(username);
        AuditActor actor = account.map(LoginAttempts::actorOf).orElseGet(() -> AuditActor.unknown(username));
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor, null, null,
                AuditAction.LOGOUT, SESSION, AuditOutcome.SUCCESS, List.of(), null));
    }

    /** Keycloak knew the person, but this application does not let them in. */
    void refusedByIdentityProvider(String username, String reason) {
        logAttempt(username, users.findByUsername(username), AuditOutcome.DENIED, reason);
    }

    private void logAttempt(String username, Optional<UserAccount> account, AuditOutcome outcome,
            @Nullable String detail) {
        AuditActor actor = account.map(LoginAttempts::actorOf).orElseGet(() -> AuditActor.unknown(username));
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor, null, null,
                AuditAction.LOGIN, SESSION, outcome, List.of(), detail));
    }

    /** As {@code CurrentUser.asActor()} records a signed-in user. */
    private static AuditActor actorOf(UserAccount account) {
        return new AuditActor(account.getUsername(),
                account.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                account.getDiscipline().name(), account.getOrganisation().getName());
    }

    private static String normalised(AbstractAuthenticationFailureEvent event) {
        return event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT);
    }
}
