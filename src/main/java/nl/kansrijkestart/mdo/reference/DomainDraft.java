package nl.kansrijkestart.mdo.reference;

import org.jspecify.annotations.Nullable;

/** One domain of a new instrument version; its position is its place in the draft's list. */
public record DomainDraft(@Nullable String code, @Nullable String name, @Nullable DomainValueType type,
        @Nullable Integer scoreMin, @Nullable Integer scoreMax) {

    /** The field name under which a refusal of this domain's {@code property} is reported. */
    public static String field(int index, String property) {
        return "domains[" + index + "]." + property;
    }
}
