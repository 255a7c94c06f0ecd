package nl.kansrijkestart.mdo.reference;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The CBS code of a Dutch municipality: "GM" followed by four digits, such as GM0202 for Arnhem. */
public record MunicipalityCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("GM\\d{4}");

    public MunicipalityCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a CBS municipality code: " + value);
        }
    }

    public static boolean isValid(@Nullable String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
