package nl.kansrijkestart.mdo.audit.internal;

import org.jspecify.annotations.Nullable;

/** Shortens text to a column's length without splitting a character made of two UTF-16 units. */
final class Truncation {

    /** Marks a shortened value, so a reader knows the log holds less than was sent. */
    private static final String ELLIPSIS = "…";

    private Truncation() {}

    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    static @Nullable String fitOrNull(@Nullable String text, int max) {
        return text == null ? null : fit(text, max);
    }
}
