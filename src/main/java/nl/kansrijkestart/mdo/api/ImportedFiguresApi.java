package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.ImportedFigure;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures of earlier years that coordinators imported from earlier reports, per indicator:
 * apart from the feeds of the application's own counts (never added to them), each with its
 * source and {@code imported: true}, small ones suppressed like the feed's. Access (COORDINATOR
 * only), scope and the access log are the history service's.
 */
@RestController
@Tag(name = "Imported history", description = "Figures of earlier years imported from earlier reports, with their source")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class ImportedFiguresApi {

    private final HistoryService history;
    private final Clock clock;

    ImportedFiguresApi(HistoryService history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** The answer: the indicator, the years, the threshold and the figures, each marked imported. */
    record History(String indicator, int from, int to, int suppressionThreshold, List<Figure> figures) {}

    /** An imported figure; a suppressed one has {@code value: null}. */
    record Figure(String period, String group, String measure, @Nullable Double value, boolean suppressed,
            boolean imported, String source) {

        static Figure of(ImportedFigure figure) {
            return new Figure(String.valueOf(figure.year()), figure.areaCode(), figure.measure(), figure.value(),
                    figure.suppressed(), true, figure.source());
        }
    }

    @GetMapping(path = {"/api/v1/indicators/6/history", "/api/v1/indicators/7/history",
        "/api/v1/indicators/8/history", "/api/v1/indicators/10/history", "/api/v1/indicators/12/history"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Imported figures of earlier years of an indicator, with their source (COORDINATOR only)")
    History figures(HttpServletRequest request,
            @Parameter(description = "First year, e.g. 2021; default ten years before the current one")
            @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "Last year, inclusive; default the current year")
            @RequestParam(required = false) @Nullable String to) {
        String path = request.getRequestURI();
        String indicator = path.substring(path.indexOf("/indicators/") + "/indicators/".length(),
                path.lastIndexOf("/history"));
        int current = LocalDate.now(clock).getYear();
        int first = year("from", from, current - 10);
        int last = year("to", to, current);
        List<Figure> figures = history.published(indicator, first, last).stream().map(Figure::of).toList();
        return new History(indicator, first, last, history.suppressionThreshold(), figures);
    }

    private static int year(String field, @Nullable String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (!text.matches("\\d{4}")) {
            throw new InvalidInputException(field, "indicator.year-invalid");
        }
        return Integer.parseInt(text);
    }
}
