package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import org.junit.jupiter.api.Test;

/** Which counts a coordinator with a municipality scope may see. */
class CoordinatorScopeTest {

    private static final List<RegionSummary> REGIONS = List.of(
            region("MIDDEN", List.of("GM0202", "GM0221", "GM0275")),
            region("OOST", List.of("GM0221", "GM0275")));

    @Test
    void aCoordinatorWithoutScopeSeesEverything() {
        assertThat(CoordinatorScope.of(Set.of(), REGIONS)).isEqualTo(new CoordinatorScope(null, null));
    }

    @Test
    void aScopedCoordinatorSeesOnlyRegionsWhollyInsideHerMunicipalities() {
        CoordinatorScope scope = CoordinatorScope.of(Set.of("GM0221", "GM0275"), REGIONS);
        assertThat(scope.municipalities()).containsExactlyInAnyOrder("GM0221", "GM0275");
        assertThat(scope.regions()).containsExactly("OOST");
    }

    private static RegionSummary region(String code, List<String> municipalities) {
        return new RegionSummary(1, 0, code, code, null, null, List.of(), municipalities, List.of());
    }
}
