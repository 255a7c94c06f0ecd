package nl.kansrijkestart.mdo.reference;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A region with its direct member municipalities; {@code allMunicipalityCodes} includes those of
 * its sub-regions, at any depth.
 */
public record RegionSummary(
        long id,
        long version,
        String code,
        String name,
        @Nullable Long parentId,
        @Nullable String parentName,
        List<MunicipalitySummary> directMunicipalities,
        List<String> allMunicipalityCodes) {}
