package nl.kansrijkestart.mdo.testing;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits for something that happens on another thread (a page receiving a meeting change): repeats
 * the assertion until it holds, and fails with its last error after ten seconds. Not a timing
 * target: the bound only keeps a broken test from hanging.
 */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** An assertion that may throw anything. */
    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    private Eventually() {}

    public static void eventually(Check check) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                check.run();
                return;
            } catch (Exception | AssertionError notYet) {
                if (Instant.now().isAfter(giveUp)) {
                    throw notYet instanceof AssertionError failed ? failed : new AssertionError(notYet);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting", notYet);
                }
            }
        }
    }
}
