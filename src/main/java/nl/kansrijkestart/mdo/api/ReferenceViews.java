package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.reference.RegionMembershipSummary;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import org.jspecify.annotations.Nullable;

/**
 * Municipalities and regions as the API shows them: by code, the stable key every other answer
 * uses (case, meeting, feed), never by database id alone. Membership has periods; an answer gives
 * the members of one day (today unless asked) and every period beside them. The counts of a past
 * discussion keep the regions of the day of the discussion.
 */
final class ReferenceViews {

    private ReferenceViews() {}

    record Municipality(long id, String code, String name, boolean active, List<String> regionCodes) {}

    @Schema(description = "A direct membership of a region: from (inclusive) until (exclusive, the first day it no"
            + " longer belongs; null while it lasts)")
    record Membership(String code, String name, LocalDate from, @Nullable LocalDate until) {}

    record Region(long id, String code, String name, @Nullable String parentCode,
            @Schema(description = "the direct members on the day asked for (today by default)") List<Membership> municipalities,
            List<String> subRegionCodes,
            @Schema(description = "the members on that day with those of the sub-regions, at any depth")
            List<String> allMunicipalityCodes,
            @Schema(description = "every period of every direct member: past, current and later ones")
            List<Membership> memberships) {}

    static Municipality municipality(MunicipalitySummary municipality, List<RegionSummary> regions) {
        return new Municipality(municipality.id(), municipality.code(), municipality.name(), municipality.active(),
                regions.stream().filter(r -> r.allMunicipalityCodes().contains(municipality.code()))
                        .map(RegionSummary::code).sorted().toList());
    }

    static Region region(RegionSummary region, List<RegionSummary> regions, LocalDate day) {
        String parentCode = region.parentId() == null ? null : regions.stream()
                .filter(r -> r.id() == region.parentId()).map(RegionSummary::code).findFirst().orElse(null);
        return new Region(region.id(), region.code(), region.name(), parentCode,
                region.memberships().stream().filter(m -> m.validOn(day)).map(ReferenceViews::membership).toList(),
                regions.stream().filter(r -> region.id() == (r.parentId() == null ? -1 : r.parentId()))
                        .map(RegionSummary::code).sorted().toList(),
                region.allMunicipalityCodes(),
                region.memberships().stream().map(ReferenceViews::membership).toList());
    }

    private static Membership membership(RegionMembershipSummary membership) {
        return new Membership(membership.municipality().code(), membership.municipality().name(), membership.from(),
                membership.until());
    }
}
