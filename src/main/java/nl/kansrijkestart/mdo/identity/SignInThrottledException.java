package nl.kansrijkestart.mdo.identity;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/**
 * Too many wrong passwords came from the caller's address: sign-ins from there are refused for a
 * while without checking the password, whichever account they name.
 */
public class SignInThrottledException extends AccountStatusException {

    private final Duration retryAfter;

    public SignInThrottledException(String address, Duration retryAfter) {
        super("Too many failed sign-ins from " + address);
        this.retryAfter = retryAfter;
    }

    /** How long until the next attempt from this address is checked again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
