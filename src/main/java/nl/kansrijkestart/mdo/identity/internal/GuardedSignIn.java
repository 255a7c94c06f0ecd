package nl.kansrijkestart.mdo.identity.internal;

import java.util.Locale;
import nl.kansrijkestart.mdo.identity.AccountTemporarilyLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of the sign-in form and of HTTP Basic, guarded in this order: the source
 * address must not be throttled ({@link SignInThrottle}), the attempt must get one of the
 * account's allowed attempts ({@link FailedSignIns#reserve}), and only then is the password
 * checked. A wrong password uses up a token of the address; a right one takes the account's count
 * back.
 */
class GuardedSignIn extends DaoAuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(GuardedSignIn.class);

    private final FailedSignIns failures;
    private final SignInThrottle throttle;
    private final AccountSignInLocks locks;

    GuardedSignIn(UserDetailsService accounts, PasswordEncoder passwords, FailedSignIns failures,
            SignInThrottle throttle, AccountSignInLocks locks) {
        super(accounts);
        setPasswordEncoder(passwords);
        this.failures = failures;
        this.throttle = throttle;
        this.locks = locks;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        return locks.oneAtATime(attempt.getName(), () -> check(attempt));
    }

    private Authentication check(Authentication attempt) {
        String address = addressOf(attempt);
        throttle.refuseWhenExhausted(address);
        String username = attempt.getName().strip().toLowerCase(Locale.ROOT);
        FailedSignIns.Reservation reservation = failures.reserve(username);
        if (!reservation.granted()) {
            failures.lockedUntil(username).ifPresent(until -> {
                throw new AccountTemporarilyLockedException(username, until);
            });
        }
        try {
            Authentication signedIn = super.authenticate(attempt);
            failures.succeeded(username);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(address);
            if (reservation.locksTheAccount()) {
                log.warn("Account {} locked until {} after wrong passwords (last from {})", username,
                        reservation.lockedUntil(), address);
                throw new LockingWrongPassword(username, reservation.lockedUntil());
            }
            throw wrong;
        }
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
