package nl.kansrijkestart.mdo.identity;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Wrong passwords locked the account for a while; the lock ends by itself at {@link #until()}. */
public class AccountTemporarilyLockedException extends LockedException {

    private final Instant until;

    public AccountTemporarilyLockedException(String username, Instant until) {
        super("Account " + username + " locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
