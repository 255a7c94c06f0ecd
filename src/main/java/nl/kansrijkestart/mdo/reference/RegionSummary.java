package nl.kansrijkestart.mdo.reference;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A region as it was on one day: its direct member municipalities of that day, and in
 * {@code allMunicipalityCodes} those of its sub-regions too, at any depth. {@code memberships}
 * holds every period of every direct member, also those that ended or start later.
 */
public record RegionSummary(
        long id,
        long version,
        String code,
        String name,
        @Nullable Long parentId,
        @Nullable String parentName,
        List<MunicipalitySummary> directMunicipalities,
        List<String> allMunicipalityCodes,
        List<RegionMembershipSummary> memberships) {}
