package nl.kansrijkestart.mdo.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Versions on the wire: a read answers a record's version as ETag, a change sends it back as
 * If-Match, so a client never overwrites a change it has not seen.
 */
final class ETags {

    /** As {@link #of} writes it (quotes optional): no sign, no other digits than 0-9, no list of several. */
    private static final Pattern QUOTED_DIGITS = Pattern.compile("(\"?)([0-9]{1,18})\\1");

    private ETags() {}

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version in an If-Match header such as "3" or W/"3". */
    static long version(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        Matcher digits = QUOTED_DIGITS.matcher(value);
        if (!digits.matches()) {
            throw new InvalidInputException("If-Match", "api.if-match-invalid");
        }
        return Long.parseLong(digits.group(2));
    }

    /**
     * For a record that may not exist yet: If-Match with the version last read, or
     * {@code If-None-Match: *} to say the client saw none ({@code null}). Neither is refused, so a
     * client cannot overwrite by forgetting the header.
     */
    static @Nullable Long versionOrNone(@Nullable String ifMatch, @Nullable String ifNoneMatch) {
        if (ifMatch != null) {
            return version(ifMatch);
        }
        if (ifNoneMatch != null && ifNoneMatch.strip().equals("*")) {
            return null;
        }
        throw new VersionRequired();
    }

    /** Neither If-Match nor {@code If-None-Match: *} came with a change that needs one of them. */
    static final class VersionRequired extends RuntimeException {

        VersionRequired() {
            super("If-Match or If-None-Match: * required");
        }
    }
}
