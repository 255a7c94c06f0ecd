package nl.kansrijkestart.mdo.indicators;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import org.jspecify.annotations.Nullable;

/**
 * The part of the counts a coordinator may see. A coordinator with a municipality scope sees the
 * events of those municipalities only, and as regions only those whose municipalities all lie in
 * the scope: a region half outside would be shown under its name with part of its count.
 *
 * @param municipalities CBS codes, or {@code null} for all
 * @param regions region codes, or {@code null} for all
 */
record CoordinatorScope(@Nullable Set<String> municipalities, @Nullable Set<String> regions) {

    static CoordinatorScope of(Set<String> municipalityScope, List<RegionSummary> allRegions) {
        if (municipalityScope.isEmpty()) {
            return new CoordinatorScope(null, null);
        }
        return new CoordinatorScope(Set.copyOf(municipalityScope), allRegions.stream()
                .filter(region -> !region.allMunicipalityCodes().isEmpty()
                        && municipalityScope.containsAll(region.allMunicipalityCodes()))
                .map(RegionSummary::code)
                .collect(Collectors.toUnmodifiableSet()));
    }
}
