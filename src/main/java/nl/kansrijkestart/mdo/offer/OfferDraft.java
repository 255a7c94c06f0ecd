package nl.kansrijkestart.mdo.offer;

import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.Factor;
import org.jspecify.annotations.Nullable;

/** What an administrator enters for a service of the local offer; checked by {@link LocalOfferService}. */
public record OfferDraft(@Nullable String code, @Nullable String name, @Nullable OfferKind kind,
        @Nullable String provider, @Nullable OfferPhase phase, boolean localTeam, @Nullable String description,
        @Nullable String phone, @Nullable String website, @Nullable String address, Set<Factor> factors,
        List<OfferAvailability> availability) {

    public OfferDraft {
        factors = Set.copyOf(factors);
        availability = List.copyOf(availability);
    }
}
