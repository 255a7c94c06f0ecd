package nl.kansrijkestart.mdo.identity.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.BadCredentialsException;

/** The wrong password that used up the account's attempts: it is now locked until {@link #until()}. */
public class LockingWrongPassword extends BadCredentialsException {

    private final @Nullable Instant until;

    LockingWrongPassword(String username, @Nullable Instant until) {
        super("Wrong password; account " + username + " locked until " + until);
        this.until = until;
    }

    public @Nullable Instant until() {
        return until;
    }
}
