package nl.kansrijkestart.mdo.indicators;

import org.jspecify.annotations.Nullable;

/** A published count: its value, or {@code null} with {@code suppressed} when it may not be shown. */
public record Count(@Nullable Long value, boolean suppressed) {

    static Count shown(long value) {
        return new Count(value, false);
    }

    static Count hidden() {
        return new Count(null, true);
    }

    /** As the regional report prints it: the number, or "&lt;k" for a suppressed cell. */
    public String label(int threshold) {
        return suppressed ? "<" + threshold : String.valueOf(value);
    }
}
