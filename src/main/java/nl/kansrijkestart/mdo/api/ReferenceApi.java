package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.InstrumentSummary;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference data an integrator needs before anything else: municipality codes, regions with
 * their members, and the instrument catalogue with the domains and ranges a result is checked
 * against. For every signed-in caller, as on the screens (the services check that); not personal
 * data, so not in the access log.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reference data", description = "Municipalities, regions and the instrument catalogue")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class ReferenceApi {

    private final MunicipalityService municipalities;
    private final RegionService regions;
    private final InstrumentCatalogue catalogue;
    private final Clock clock;

    ReferenceApi(MunicipalityService municipalities, RegionService regions, InstrumentCatalogue catalogue,
            Clock clock) {
        this.municipalities = municipalities;
        this.regions = regions;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/municipalities")
    @Operation(summary = "Municipalities by name, with the regions they belong to (at any depth)")
    ApiPage<ReferenceViews.Municipality> municipalities(
            @Parameter(description = "part of the name or CBS code") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "only active (true) or inactive (false) ones") @RequestParam(required = false)
            @Nullable Boolean active,
            @Parameter(description = "only the members of this region (code), at any depth")
            @RequestParam(required = false) @Nullable String region,
            @Parameter(description = "the day whose region membership counts for regionCodes and region (default today)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ApiPage.check(page, size);
        List<RegionSummary> all = regions.regionsOn(dayOr(on));
        Predicate<String> inRegion = region == null ? code -> true : regionNamed(all, region).allMunicipalityCodes()::contains;
        return ApiPage.of(municipalities.municipalities().stream()
                .filter(m -> matches(q, m.name(), m.code()))
                .filter(m -> active == null || m.active() == active)
                .filter(m -> inRegion.test(m.code()))
                .map(m -> ReferenceViews.municipality(m, all))
                .toList(), page, size);
    }

    @GetMapping("/regions")
    @Operation(summary = "Regions by name, with their own municipalities (from/until) on a day, sub-regions, all"
            + " municipalities at any depth, and every membership period")
    ApiPage<ReferenceViews.Region> regions(
            @Parameter(description = "part of the name or code") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "only regions that hold this municipality (CBS code) on that day, at any depth")
            @RequestParam(required = false) @Nullable String municipality,
            @Parameter(description = "the day whose members are given (YYYY-MM-DD, default today)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ApiPage.check(page, size);
        LocalDate day = dayOr(on);
        List<RegionSummary> all = regions.regionsOn(day);
        return ApiPage.of(all.stream()
                .filter(r -> matches(q, r.name(), r.code()))
                .filter(r -> municipality == null
                        || r.allMunicipalityCodes().contains(municipality.strip().toUpperCase(Locale.ROOT)))
                .map(r -> ReferenceViews.region(r, all, day))
                .toList(), page, size);
    }

    @GetMapping("/instruments")
    @Operation(summary = "The instrument catalogue: instruments with their versions, domains and value ranges")
    ApiPage<InstrumentSummary> instruments(
            @Parameter(description = "part of the name or code") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "only validated (true) or other (false) instruments")
            @RequestParam(required = false) @Nullable Boolean validated,
            @Parameter(description = "only active (true) or inactive (false) instruments")
            @RequestParam(required = false) @Nullable Boolean active,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ApiPage.check(page, size);
        return ApiPage.of(catalogue.instruments().stream()
                .filter(i -> matches(q, i.name(), i.code()))
                .filter(i -> validated == null || i.validated() == validated)
                .filter(i -> active == null || i.active() == active)
                .toList(), page, size);
    }

    @GetMapping("/instrument-versions/{versionId}")
    @Operation(summary = "One instrument version with its domains and ranges, as a result refers to it")
    InstrumentVersionSummary instrumentVersion(@PathVariable long versionId) {
        return catalogue.version(versionId)
                .orElseThrow(() -> new ReferenceNotFoundException());
    }

    private LocalDate dayOr(@Nullable LocalDate on) {
        return on != null ? on : LocalDate.now(clock);
    }

    private static RegionSummary regionNamed(List<RegionSummary> all, String code) {
        return all.stream().filter(r -> r.code().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("region", "region.unknown"));
    }

    private static boolean matches(@Nullable String q, String name, String code) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String wanted = q.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).contains(wanted) || code.toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** An id of reference data that does not exist: 404 like any other unknown address. */
    static final class ReferenceNotFoundException extends RuntimeException {

        ReferenceNotFoundException() {
            super("no such reference data");
        }
    }
}
