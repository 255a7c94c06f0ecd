package nl.kansrijkestart.mdo.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.Factor;
import org.jspecify.annotations.Nullable;

/**
 * One service of the local offer as everyone reads it. {@code localTeam}: support by the social team
 * or CJG, whose start indicator 12 measures. {@code demo}: shipped example data with invented contacts.
 */
public record OfferSummary(long id, long version, String code, String name, OfferKind kind, String provider,
        OfferPhase phase, boolean localTeam, String description, @Nullable String phone, @Nullable String website,
        @Nullable String address, Set<Factor> factors, List<OfferAvailability> availability, boolean demo) {

    public OfferSummary {
        factors = Set.copyOf(factors);
        availability = List.copyOf(availability);
    }

    /** Whether the service is offered in the municipality on that day. */
    public boolean availableIn(String municipalityCode, LocalDate day) {
        return availability.stream().anyMatch(a -> a.covers(municipalityCode, day));
    }

    /** How many of the given risk factors the service addresses; used to list suggestions first. */
    public long addresses(Set<Factor> caseFactors) {
        return factors.stream().filter(caseFactors::contains).count();
    }
}
