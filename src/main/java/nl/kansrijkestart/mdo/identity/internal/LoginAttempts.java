package nl.kansrijkestart.mdo.identity.internal;

import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers sign-ins: the last successful one, and wrong passwords in a row, which lock the
 * account after the configured number so that guessing a password is not an option.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository users;
    private final Clock clock;
    private final int maxFailedLogins;

    LoginAttempts(UserAccountRepository users, Clock clock,
            @Value("${mdo.security.max-failed-logins:5}") int maxFailedLogins) {
        this.users = users;
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName())
                .ifPresent(account -> account.recordLogin(clock.instant()));
    }

    @EventListener
    @Transactional
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT);
        users.findByUsername(username).ifPresent(account -> {
            account.recordFailedLogin(maxFailedLogins);
            if (account.isLocked()) {
                log.warn("Account {} locked after {} failed sign-ins", username, account.getFailedLogins());
            }
        });
    }
}
