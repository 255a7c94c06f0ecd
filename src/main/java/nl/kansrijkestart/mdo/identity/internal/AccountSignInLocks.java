package nl.kansrijkestart.mdo.identity.internal;

import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Password checks of one account run one after the other on this server. Parallel requests with
 * the right password therefore never count as failures of each other (the count is taken in
 * advance, {@link FailedSignIns}), and the second of them finds the first one's verified
 * credentials instead of checking the password again. A fixed set of striped locks keeps memory
 * bounded whatever user names strangers try; unrelated accounts that share a stripe merely wait
 * for each other's check.
 */
@Component
class AccountSignInLocks {

    private static final int STRIPES = 256;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    AccountSignInLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    <T> T oneAtATime(String username, Supplier<T> check) {
        ReentrantLock lock = stripes[Math.floorMod(username.strip().toLowerCase(Locale.ROOT).hashCode(), STRIPES)];
        lock.lock();
        try {
            return check.get();
        } finally {
            lock.unlock();
        }
    }
}
