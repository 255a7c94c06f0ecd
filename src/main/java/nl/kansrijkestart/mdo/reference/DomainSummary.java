package nl.kansrijkestart.mdo.reference;

import org.jspecify.annotations.Nullable;

/** One domain of an instrument version; {@code range} is set for a SCORE and null for a FLAG. */
public record DomainSummary(long id, int position, String code, String name, DomainValueType type,
        @Nullable ScoreRange range) {

    /** Whether the instrument can produce this value: 0 or 1 for a flag, within the range for a score. */
    public boolean accepts(int value) {
        return range == null ? value == 0 || value == 1 : range.contains(value);
    }
}
