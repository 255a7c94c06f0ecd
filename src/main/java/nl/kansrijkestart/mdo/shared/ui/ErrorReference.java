package nl.kansrijkestart.mdo.shared.ui;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short code shown to the user for an unexpected error and written to the log with the
 * details, so the application manager can find the trace the user saw.
 */
public final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {}

    /** Logs {@code failure} under a new reference and returns that reference. */
    public static String logUnexpected(Throwable failure) {
        String reference = newReference();
        log.error("Unexpected error, reference {}", reference, failure);
        return reference;
    }

    static String newReference() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
