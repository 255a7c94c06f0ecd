package nl.kansrijkestart.mdo.reference;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new version of an instrument as an administrator fills it in; checked by
 * {@link InstrumentCatalogue#addVersion}. Refusals name the fields {@code label}, {@code totalMin},
 * {@code totalMax}, {@code domains} and, per domain, {@link DomainDraft#field}.
 */
public record InstrumentVersionDraft(@Nullable String label, boolean hasTotal, @Nullable Integer totalMin,
        @Nullable Integer totalMax, List<DomainDraft> domains) {}
