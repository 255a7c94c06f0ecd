package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import nl.kansrijkestart.mdo.indicators.IndicatorService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Indicator 7 for the regional monitoring partner's systems: anonymous, suppressed counts of
 * discussed cases. Access (COORDINATOR only), scope, suppression and the access log are the
 * indicator service's.
 */
@RestController
@Tag(name = "Indicators", description = "Anonymous counts of discussed cases (indicator 7), small cells suppressed")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class IndicatorFeedApi {

    private final IndicatorService indicators;
    private final Clock clock;

    IndicatorFeedApi(IndicatorService indicators, Clock clock) {
        this.indicators = indicators;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/indicators/7", produces = "application/json")
    @Operation(summary = "Distinct cases and discussions per period and group (COORDINATOR only)")
    IndicatorFeed discussedCases(
            @Parameter(description = "First year, e.g. 2024; default the current year")
            @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "Last year, inclusive; default the first year")
            @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "year, quarter or month; default year")
            @RequestParam(required = false) @Nullable String period,
            @Parameter(description = "municipality, region, meetingType or caseType; default municipality")
            @RequestParam(required = false) @Nullable String grouping,
            @Parameter(description = "Only events counted in this region (code, e.g. OOST)")
            @RequestParam(required = false) @Nullable String region) {
        FeedParameters parameters = FeedParameters.parse(from, to, period, grouping, region,
                LocalDate.now(clock).getYear());
        return IndicatorFeed.of(indicators.export(parameters.request()));
    }
}
