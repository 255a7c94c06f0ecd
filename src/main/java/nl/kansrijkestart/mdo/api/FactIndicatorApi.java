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
import nl.kansrijkestart.mdo.indicators.DaysReport;
import nl.kansrijkestart.mdo.indicators.FactCsv;
import nl.kansrijkestart.mdo.indicators.FactIndicator;
import nl.kansrijkestart.mdo.indicators.FactIndicatorService;
import nl.kansrijkestart.mdo.indicators.FactRequest;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.ImportedFigure;
import nl.kansrijkestart.mdo.indicators.IndicatorReport;
import nl.kansrijkestart.mdo.indicators.ShareReport;
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
 * Indicators 6, 10 and 12 for the monitoring partner's systems: per year and municipality, plus
 * the whole selection, small cells suppressed; 6, 10 and 12 also carry the figures of earlier years
 * that coordinators imported, marked with their source and never added to the cells. Access (COORDINATOR only), scope, suppression and
 * the access log are the fact indicator service's.
 */
@RestController
@Tag(name = "Indicators 6, 10, 12", description = "Shares and waiting days per year and municipality, small cells suppressed")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class FactIndicatorApi {

    private final FactIndicatorService indicators;
    private final Clock clock;
    private final MessageSource messages;
    private final HistoryService history;

    FactIndicatorApi(FactIndicatorService indicators, Clock clock, MessageSource messages, HistoryService history) {
        this.history = history;
        this.indicators = indicators;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/indicators/6", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Share of the instrument results recorded by midwives that used a validated instrument")
    FactFeed.Shares validatedInstruments(
            @Parameter(description = "First year, e.g. 2024; default the current year")
            @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "Last year, inclusive; default the first year")
            @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "Only the municipalities of this region (code, e.g. OOST)")
            @RequestParam(required = false) @Nullable String region, HttpServletRequest http) {
        FactRequest request = request(from, to, region);
        return FactFeed.Shares.of(indicators.share(FactIndicator.VALIDATED_INSTRUMENTS, request), reason(http),
                imported(FactIndicator.VALIDATED_INSTRUMENTS, request));
    }

    @GetMapping(path = "/api/v1/indicators/10", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Share of the cases discussed in a year that had a case director from the social domain")
    FactFeed.Shares socialCaseDirectors(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String region, HttpServletRequest http) {
        FactRequest request = request(from, to, region);
        return FactFeed.Shares.of(indicators.share(FactIndicator.SOCIAL_CASE_DIRECTORS, request), reason(http),
                imported(FactIndicator.SOCIAL_CASE_DIRECTORS, request));
    }

    @GetMapping(path = "/api/v1/indicators/12", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Days from registration to the first discussion: median and quartiles per year")
    FactFeed.Days daysToFirstDiscussion(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String region, HttpServletRequest http) {
        FactRequest request = request(from, to, region);
        return FactFeed.Days.of(indicators.daysToFirstDiscussion(request), reason(http),
                imported(FactIndicator.DAYS_TO_FIRST_DISCUSSION, request));
    }

    /** Why a year is not published yet, in the caller's language. */
    private String reason(HttpServletRequest http) {
        return messages.getMessage(IndicatorReport.NOT_YET_PUBLISHED, null, ApiProblems.locale(http));
    }

    @GetMapping(path = "/api/v1/indicators/6", produces = "text/csv")
    @Operation(summary = "Indicator 6 as CSV (UTF-8), one row per year and group")
    ResponseEntity<byte[]> validatedInstrumentsCsv(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String region) throws IOException {
        return sharesCsv(FactIndicator.VALIDATED_INSTRUMENTS, request(from, to, region));
    }

    @GetMapping(path = "/api/v1/indicators/10", produces = "text/csv")
    @Operation(summary = "Indicator 10 as CSV (UTF-8), one row per year and group")
    ResponseEntity<byte[]> socialCaseDirectorsCsv(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String region) throws IOException {
        return sharesCsv(FactIndicator.SOCIAL_CASE_DIRECTORS, request(from, to, region));
    }

    @GetMapping(path = "/api/v1/indicators/12", produces = "text/csv")
    @Operation(summary = "Indicator 12 as CSV (UTF-8), one row per year and group")
    ResponseEntity<byte[]> daysToFirstDiscussionCsv(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String region) throws IOException {
        FactRequest request = request(from, to, region);
        DaysReport report = indicators.daysToFirstDiscussion(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FactCsv.writeDays(report, imported(FactIndicator.DAYS_TO_FIRST_DISCUSSION, request), out);
        return csv(FactIndicator.DAYS_TO_FIRST_DISCUSSION, out);
    }

    private ResponseEntity<byte[]> sharesCsv(FactIndicator indicator, FactRequest request) throws IOException {
        ShareReport report = indicators.share(indicator, request);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FactCsv.writeShares(report, imported(indicator, request), out);
        return csv(indicator, out);
    }

    private static ResponseEntity<byte[]> csv(FactIndicator indicator, ByteArrayOutputStream out) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("indicator-" + indicator.number() + ".csv").build().toString())
                .body(out.toByteArray());
    }

    /** The imported figures of earlier years within the years and region asked, never added to the cells. */
    private List<ImportedFigure> imported(FactIndicator indicator, FactRequest request) {
        return history.forFeed(indicator.number(), request.fromYear(), request.toYear(), request.regionCode(),
                java.util.Set.of());
    }

    private FactRequest request(@Nullable String from, @Nullable String to, @Nullable String region) {
        return FactRequests.of(from, to, region, LocalDate.now(clock).getYear());
    }
}
