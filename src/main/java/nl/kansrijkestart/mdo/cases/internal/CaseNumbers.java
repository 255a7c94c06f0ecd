package nl.kansrijkestart.mdo.cases.internal;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * New case numbers like KS-7QX4-M2P9: random, so a number reveals neither the volume of cases nor
 * a neighbour's number; without easily confused characters, so it can be read out over the phone.
 */
@Component
public class CaseNumbers {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private final SecureRandom random = new SecureRandom();
    private final CaseFileRepository cases;

    CaseNumbers(CaseFileRepository cases) {
        this.cases = cases;
    }

    public String next() {
        String number;
        do {
            number = "KS-" + block() + "-" + block();
        } while (cases.existsByCaseNumber(number));
        return number;
    }

    private String block() {
        char[] block = new char[4];
        for (int i = 0; i < block.length; i++) {
            block[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(block);
    }
}
