package nl.kansrijkestart.mdo.indicators;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The fixed query space of indicator 7 for one caller: which areas of the protected table a
 * request may read. Areas are single municipalities, defined regions and the total; a free set of
 * municipalities has no total of its own (two sets that differ by one small municipality would
 * give its count away), so a request that would need one is refused with a reason. The
 * coordinator's scope limits the areas as before: municipalities in it, regions wholly inside it.
 */
final class QuerySpace {

    private final CoordinatorScope scope;
    private final List<RegionSummary> regions;
    private final Set<String> allMunicipalities;

    QuerySpace(CoordinatorScope scope, List<RegionSummary> regions, Set<String> allMunicipalities) {
        this.scope = scope;
        this.regions = regions;
        this.allMunicipalities = Set.copyOf(allMunicipalities);
    }

    /**
     * The one area whose meeting and case types a request counts: the total, a region or a
     * municipality; {@code null} when the selection holds nothing the caller may see.
     *
     * @throws InvalidInputException when the selection is a free set of municipalities
     */
    @Nullable String area(IndicatorRequest request) {
        return area(request.municipalities(), request.regionCode());
    }

    /**
     * The one area a selection of municipalities (none: all) within a region (optional) stands
     * for, as {@link #area(IndicatorRequest)}; indicators 6, 10 and 12 read their total row here.
     *
     * @throws InvalidInputException when the selection is a free set of municipalities
     */
    @Nullable String area(Set<String> chosen, @Nullable String region) {
        if (chosen.isEmpty() && region == null && scope.municipalities() == null) {
            return ProtectedTable.ALL;
        }
        if (chosen.isEmpty() && region != null && (scope.regions() == null || scope.regions().contains(region))) {
            return region;
        }
        Set<String> selection = new HashSet<>(chosen.isEmpty() ? allMunicipalities : chosen);
        if (region != null) {
            selection.retainAll(members(region));
        }
        if (scope.municipalities() != null) {
            selection.retainAll(scope.municipalities());
        }
        if (selection.isEmpty()) {
            return null;
        }
        if (selection.size() == 1) {
            return selection.iterator().next();
        }
        if (selection.equals(allMunicipalities) && scope.municipalities() == null) {
            return ProtectedTable.ALL;
        }
        return regionOf(selection, region).orElseThrow(() ->
                new InvalidInputException("municipality", "indicator.selection-total-not-offered"));
    }

    /**
     * Every row the grouping of a request has for this caller, whether or not anything was counted
     * in it: the municipalities or regions it may see within the selection, or every meeting and
     * case type of its area. For the report layout, which shows a row without discussions as 0.
     */
    List<String> rows(IndicatorRequest request) {
        boolean anyArea = !request.grouping().byType() || area(request) != null;
        List<String> meetingTypes = Arrays.stream(MeetingType.values()).map(Enum::name).sorted().toList();
        List<String> caseTypes = Arrays.stream(CaseType.values()).map(Enum::name).sorted().toList();
        return switch (request.grouping()) {
            case MUNICIPALITY -> allMunicipalities.stream().filter(code -> municipalityRow(code, request))
                    .sorted().toList();
            case REGION -> regions.stream().map(RegionSummary::code).filter(code -> regionRow(code, request))
                    .sorted().toList();
            case MEETING_TYPE -> anyArea ? meetingTypes : List.of();
            case CASE_TYPE -> anyArea ? caseTypes : List.of();
            case CASE_AND_MEETING_TYPE -> anyArea ? caseTypes.stream()
                    .flatMap(type -> meetingTypes.stream().map(meeting -> type + "/" + meeting)).toList() : List.of();
            default -> List.of();
        };
    }

    /** Whether a municipality may be a row of a request grouped by municipality. */
    boolean municipalityRow(String code, IndicatorRequest request) {
        return (scope.municipalities() == null || scope.municipalities().contains(code))
                && (request.municipalities().isEmpty() || request.municipalities().contains(code))
                && (request.regionCode() == null || members(request.regionCode()).contains(code));
    }

    /**
     * Whether a region may be a row of a request grouped by region: within the scope and the chosen
     * region, and when municipalities are chosen, wholly made of them.
     */
    boolean regionRow(String code, IndicatorRequest request) {
        Set<String> members = members(code);
        return (scope.regions() == null || scope.regions().contains(code))
                && (request.regionCode() == null || withSubRegions(request.regionCode()).contains(code))
                && (request.municipalities().isEmpty()
                        || !members.isEmpty() && request.municipalities().containsAll(members));
    }

    /** A defined region made of exactly these municipalities, the requested one first. */
    private Optional<String> regionOf(Set<String> selection, @Nullable String requested) {
        if (requested != null && members(requested).equals(selection)) {
            return Optional.of(requested);
        }
        return regions.stream().filter(r -> Set.copyOf(r.allMunicipalityCodes()).equals(selection))
                .map(RegionSummary::code).sorted().findFirst();
    }

    private Set<String> members(String regionCode) {
        return regions.stream().filter(r -> r.code().equals(regionCode)).findFirst()
                .map(r -> Set.copyOf(r.allMunicipalityCodes())).orElse(Set.of());
    }

    private Set<String> withSubRegions(String code) {
        Set<Long> ids = regions.stream().filter(r -> r.code().equals(code)).map(RegionSummary::id)
                .collect(Collectors.toCollection(HashSet::new));
        int before = -1;
        while (ids.size() != before) {
            before = ids.size();
            regions.stream().filter(r -> r.parentId() != null && ids.contains(r.parentId()))
                    .forEach(r -> ids.add(r.id()));
        }
        return regions.stream().filter(r -> ids.contains(r.id())).map(RegionSummary::code).collect(Collectors.toSet());
    }
}
