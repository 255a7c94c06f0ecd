package nl.kansrijkestart.mdo.api;

import java.util.List;
import nl.kansrijkestart.mdo.indicators.ImportedFigure;
import nl.kansrijkestart.mdo.indicators.IndicatorCell;
import nl.kansrijkestart.mdo.indicators.IndicatorReport;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of the indicator feed. A suppressed count is {@code null} with its flag set, so a
 * client cannot mistake it for zero. The periods of {@code notYetPublished} belong to a year that
 * is still running: they have no cells (not zero: not known yet), and {@code notYetPublishedReason}
 * says why in the caller's language. {@code imported} holds the figures of earlier years that
 * coordinators imported from earlier reports, each with its source: never part of {@code cells}.
 */
record IndicatorFeed(String indicator, int from, int to, String fromPeriod, String toPeriod, String period,
        String grouping, @Nullable String region, List<String> municipalities, int suppressionThreshold,
        List<Cell> cells, List<String> notYetPublished, @Nullable String notYetPublishedReason,
        List<ImportedFiguresApi.Figure> imported) {

    /**
     * {@code from} and {@code to} stay the years, as before quarter and month ranges existed.
     *
     * @param reason why a period is not published yet, in the caller's language
     */
    static IndicatorFeed of(IndicatorReport report, String reason) {
        return of(report, reason, List.of());
    }

    /**
     * With the imported figures of the years and selection asked: apart from {@code cells} (never
     * added to them), each marked imported with its source, small ones suppressed.
     */
    static IndicatorFeed of(IndicatorReport report, String reason, List<ImportedFigure> imported) {
        var request = report.request();
        return new IndicatorFeed("7", request.fromYear(), request.toYear(), request.from().label(),
                request.to().label(), request.period().name(), request.grouping().name(), request.regionCode(),
                request.municipalities().stream().sorted().toList(), report.threshold(),
                report.cells().stream().map(Cell::of).toList(), report.notYetPublished(),
                report.notYetPublished().isEmpty() ? null : reason,
                imported.stream().map(ImportedFiguresApi.Figure::of).toList());
    }

    /** One period and group: distinct cases and discussions, each with its suppression flag. */
    record Cell(String period, String group, @Nullable Long cases, boolean casesSuppressed,
            @Nullable Long discussions, boolean discussionsSuppressed) {

        static Cell of(IndicatorCell cell) {
            return new Cell(cell.period(), cell.group(), cell.cases().value(), cell.cases().suppressed(),
                    cell.discussions().value(), cell.discussions().suppressed());
        }
    }
}
