package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.indicators.FactIndicator;
import nl.kansrijkestart.mdo.indicators.FactIndicatorService;
import nl.kansrijkestart.mdo.indicators.FactRequest;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.ImportedFigure;
import nl.kansrijkestart.mdo.indicators.IndicatorFhir;
import nl.kansrijkestart.mdo.indicators.IndicatorReport;
import nl.kansrijkestart.mdo.indicators.SupportCsv;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Indicators 8 and 12 by the regional report (from started referrals) for the monitoring partner's
 * systems: per year and municipality, plus the whole selection, small cells suppressed; as JSON, CSV
 * and FHIR R4 MeasureReport, each written from the same answer of the fact indicator service, so
 * every format has the same cells. Access (COORDINATOR only), scope, suppression, the running year
 * and the access log are the service's; the parameters those of indicators 6, 10 and 12. The yearly
 * answers of 8 also carry the figures of earlier years that coordinators imported, marked with their
 * source and never added to the cells.
 */
@RestController
@Tag(name = "Indicators 8 and 12 by the report",
        description = "Support started around the birth and days to support by the social team or CJG, per year and"
                + " municipality, small cells suppressed")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class SupportIndicatorApi {

    private final FactIndicatorService indicators;
    private final IndicatorFhir fhir;
    private final Clock clock;
    private final MessageSource messages;
    private final HistoryService history;

    SupportIndicatorApi(FactIndicatorService indicators, IndicatorFhir fhir, Clock clock, MessageSource messages,
            HistoryService history) {
        this.history = history;
        this.indicators = indicators;
        this.fhir = fhir;
        this.clock = clock;
        this.messages = messages;
    }

    /** Also for clients that accept anything, as indicator 7: else Spring could rank the FHIR form first. */
    @GetMapping(path = "/api/v1/indicators/8", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    @Operation(summary = "Indicator 8: families whose first support of a kind started, per kind, before or after the birth")
    FactFeed.Starts supportStarted(
            @Parameter(description = "First year, e.g. 2024; default the current year")
            @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "Last year, inclusive; default the first year")
            @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "Only the municipalities of this region (code, e.g. OOST)")
            @RequestParam(required = false) @Nullable String region, HttpServletRequest http) {
        FactRequest request = request(from, to, region);
        return FactFeed.Starts.of(indicators.supportStarted(request), reason(http), imported(request));
    }

    @GetMapping(path = "/api/v1/indicators/12-support",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    @Operation(summary = "Indicator 12 by the regional report: days from registration to the first support by the"
            + " social team or CJG, median and mean per year (path /12 keeps the days to the first meeting)")
    FactFeed.SupportDays daysToSupport(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String region, HttpServletRequest http) {
        return FactFeed.SupportDays.of(indicators.daysToSupport(request(from, to, region)), reason(http));
    }

    @GetMapping(path = "/api/v1/indicators/8", produces = "text/csv")
    @Operation(summary = "Indicator 8 as CSV (UTF-8), one row per year, group, kind and phase")
    ResponseEntity<byte[]> supportStartedCsv(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String region) throws IOException {
        FactRequest request = request(from, to, region);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SupportCsv.writeStarts(indicators.supportStarted(request), imported(request), out);
        return csv(FactIndicator.SUPPORT_STARTED, out);
    }

    @GetMapping(path = "/api/v1/indicators/12-support", produces = "text/csv")
    @Operation(summary = "Indicator 12 by the regional report as CSV (UTF-8), one row per year and group")
    ResponseEntity<byte[]> daysToSupportCsv(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String region) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SupportCsv.writeSupportDays(indicators.daysToSupport(request(from, to, region)), out);
        return csv(FactIndicator.DAYS_TO_SUPPORT, out);
    }

    /** Indicator 8 as a FHIR R4 MeasureReport: a group per kind, stratified by phase, municipality and year. */
    @GetMapping(path = "/api/v1/indicators/8", produces = IndicatorFeedApi.FHIR_JSON)
    @Operation(summary = "Indicator 8 as a FHIR R4 MeasureReport (type summary), one group per kind of support")
    ResponseEntity<String> supportStartedFhir(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String region) {
        FactRequest request = request(from, to, region);
        return fhir(fhir.json(indicators.supportStarted(request), imported(request)));
    }

    /** Indicator 12 by the report as a FHIR R4 MeasureReport: median and mean days, per year and municipality. */
    @GetMapping(path = "/api/v1/indicators/12-support", produces = IndicatorFeedApi.FHIR_JSON)
    @Operation(summary = "Indicator 12 by the regional report as a FHIR R4 MeasureReport (type summary)")
    ResponseEntity<String> daysToSupportFhir(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String region) {
        return fhir(fhir.json(indicators.daysToSupport(request(from, to, region))));
    }

    /** The imported figures of 8 of earlier years within the years and region asked, never added to the cells. */
    private List<ImportedFigure> imported(FactRequest request) {
        return history.forFeed(FactIndicator.SUPPORT_STARTED.number(), request.fromYear(), request.toYear(),
                request.regionCode(), Set.of());
    }

    /** Why a year is not published yet, in the caller's language. */
    private String reason(HttpServletRequest http) {
        return messages.getMessage(IndicatorReport.NOT_YET_PUBLISHED, null, ApiProblems.locale(http));
    }

    private static ResponseEntity<String> fhir(String json) {
        return ResponseEntity.ok().contentType(new MediaType("application", "fhir+json", StandardCharsets.UTF_8))
                .body(json);
    }

    private static ResponseEntity<byte[]> csv(FactIndicator indicator, ByteArrayOutputStream out) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("indicator-" + indicator.number() + ".csv").build().toString())
                .body(out.toByteArray());
    }

    private FactRequest request(@Nullable String from, @Nullable String to, @Nullable String region) {
        return FactRequests.of(from, to, region, LocalDate.now(clock).getYear());
    }
}
