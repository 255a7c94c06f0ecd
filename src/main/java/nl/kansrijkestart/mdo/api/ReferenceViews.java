package nl.kansrijkestart.mdo.api;

import java.util.List;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import org.jspecify.annotations.Nullable;

/**
 * Municipalities and regions as the API shows them: by code, the stable key every other answer
 * uses (case, meeting, feed), never by database id alone. Membership is as recorded today; the
 * counts of a past discussion do not follow later changes of it (they keep the case's
 * municipality of that day).
 */
final class ReferenceViews {

    private ReferenceViews() {}

    record Municipality(long id, String code, String name, boolean active, List<String> regionCodes) {}

    record Member(String code, String name) {}

    record Region(long id, String code, String name, @Nullable String parentCode, List<Member> municipalities,
            List<String> subRegionCodes, List<String> allMunicipalityCodes) {}

    static Municipality municipality(MunicipalitySummary municipality, List<RegionSummary> regions) {
        return new Municipality(municipality.id(), municipality.code(), municipality.name(), municipality.active(),
                regions.stream().filter(r -> r.allMunicipalityCodes().contains(municipality.code()))
                        .map(RegionSummary::code).sorted().toList());
    }

    static Region region(RegionSummary region, List<RegionSummary> regions) {
        String parentCode = region.parentId() == null ? null : regions.stream()
                .filter(r -> r.id() == region.parentId()).map(RegionSummary::code).findFirst().orElse(null);
        return new Region(region.id(), region.code(), region.name(), parentCode,
                region.directMunicipalities().stream().map(m -> new Member(m.code(), m.name())).toList(),
                regions.stream().filter(r -> region.id() == (r.parentId() == null ? -1 : r.parentId()))
                        .map(RegionSummary::code).sorted().toList(),
                region.allMunicipalityCodes());
    }
}
