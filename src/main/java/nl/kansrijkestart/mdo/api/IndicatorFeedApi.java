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
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.ImportedFigure;
import nl.kansrijkestart.mdo.indicators.IndicatorCsv;
import nl.kansrijkestart.mdo.indicators.IndicatorFhir;
import nl.kansrijkestart.mdo.indicators.IndicatorReport;
import nl.kansrijkestart.mdo.indicators.IndicatorRequest;
import nl.kansrijkestart.mdo.indicators.IndicatorService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
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
 * Indicator 7 for the regional monitoring partner's systems: anonymous, suppressed counts of
 * discussed cases. Access (COORDINATOR only), scope, suppression and the access log are the
 * indicator service's. Yearly answers also carry the figures of earlier years that coordinators
 * imported, marked as such with their source and never added to the counts.
 */
@RestController
@Tag(name = "Indicators", description = "Anonymous counts of discussed cases (indicator 7), small cells suppressed")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class IndicatorFeedApi {

    static final String FHIR_JSON = "application/fhir+json";

    private final IndicatorService indicators;
    private final IndicatorCsv csv;
    private final IndicatorFhir fhir;
    private final Clock clock;
    private final MessageSource messages;
    private final HistoryService history;

    IndicatorFeedApi(IndicatorService indicators, IndicatorCsv csv, IndicatorFhir fhir, Clock clock,
            MessageSource messages, HistoryService history) {
        this.history = history;
        this.indicators = indicators;
        this.csv = csv;
        this.fhir = fhir;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * Also for clients that accept anything ({@code *}{@code /*}, or no Accept header): without it
     * Spring would rank the FHIR handler first for them, by the order of the media type names.
     */
    @GetMapping(path = "/api/v1/indicators/7", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    @Operation(summary = "Distinct cases and discussions per period and group (COORDINATOR only)")
    IndicatorFeed discussedCases(
            @Parameter(description = "First year (2024), quarter (2024-Q2) or month (2024-03); default the current year")
            @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "Last year, quarter or month, inclusive; default the same as from")
            @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "year, quarter or month; default as fine as from and to")
            @RequestParam(required = false) @Nullable String period,
            @Parameter(description = "municipality, region, meetingType or caseType; default municipality")
            @RequestParam(required = false) @Nullable String grouping,
            @Parameter(description = "Only events counted in this region (code, e.g. OOST)")
            @RequestParam(required = false) @Nullable String region,
            @Parameter(description = "Only these municipalities (CBS codes, comma-separated, e.g. GM0202,GM0228)")
            @RequestParam(required = false) @Nullable String municipality,
            HttpServletRequest http) {
        IndicatorRequest request = parameters(from, to, period, grouping, region, municipality);
        return IndicatorFeed.of(indicators.export(request),
                messages.getMessage(IndicatorReport.NOT_YET_PUBLISHED, null, ApiProblems.locale(http)),
                imported(request));
    }

    /**
     * The same counts as CSV (UTF-8): {@code layout=long} (default) or {@code layout=report}; in both
     * the imported figures of earlier years follow the counts, marked with their source.
     */
    @GetMapping(path = "/api/v1/indicators/7", produces = "text/csv")
    @Operation(summary = "The same counts as CSV, long (tidy) or in the layout of the regional report")
    ResponseEntity<byte[]> discussedCasesCsv(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String grouping,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String municipality,
            @Parameter(description = "long or report; default long")
            @RequestParam(required = false) @Nullable String layout,
            HttpServletRequest http) throws IOException {
        boolean report = "report".equals(layout);
        if (layout != null && !report && !"long".equals(layout)) {
            throw new InvalidInputException("layout", "indicator.choice-invalid", "long, report");
        }
        IndicatorRequest request = parameters(from, to, period, grouping, region, municipality);
        IndicatorReport counted = indicators.export(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (report) {
            csv.writeReport(counted, indicators.reportRows(request), imported(request), ApiProblems.locale(http), out);
        } else {
            csv.writeLong(counted, imported(request), out);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("indicator-7-" + (report ? "report" : "long") + ".csv").build().toString())
                .body(out.toByteArray());
    }

    /**
     * The same counts as a FHIR R4 MeasureReport (summary): one group per case type, stratified by
     * period, by municipality or region (following {@code grouping}) and by meeting type.
     */
    @GetMapping(path = "/api/v1/indicators/7", produces = FHIR_JSON)
    @Operation(summary = "The same counts as a FHIR R4 MeasureReport (type summary), one group per case type")
    ResponseEntity<String> discussedCasesFhir(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String grouping,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String municipality) {
        IndicatorRequest request = parameters(from, to, period, grouping, region, municipality);
        String json = fhir.json(indicators.exportByCaseType(request), imported(request));
        return ResponseEntity.ok().contentType(new MediaType("application", "fhir+json", StandardCharsets.UTF_8))
                .body(json);
    }

    /**
     * The imported figures of earlier years within the years and selection asked, beside the
     * counts and never added to them; yearly answers only (they are figures per year).
     */
    private List<ImportedFigure> imported(IndicatorRequest request) {
        return history.forFeed(request);
    }

        private IndicatorRequest parameters(@Nullable String from, @Nullable String to, @Nullable String period,
            @Nullable String grouping, @Nullable String region, @Nullable String municipality) {
        return FeedParameters.parse(new FeedParameters.Given(from, to, period, grouping, region, municipality),
                LocalDate.now(clock).getYear()).request();
    }
}
