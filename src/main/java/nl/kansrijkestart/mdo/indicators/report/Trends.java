package nl.kansrijkestart.mdo.indicators.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The trend of a chapter for the summary page: its first row (the area as a whole, or its first
 * case and meeting type) from the first to the last year with a figure shown. Suppressed cells and
 * years without figures are skipped; with fewer than two shown figures there is no trend.
 */
final class Trends {

    private Trends() {}

    static String of(List<Integer> years, List<ChapterRow> rows, MessageSource messages, Locale locale) {
        if (rows.isEmpty()) {
            return messages.getMessage("report.trend.unknown", null, locale);
        }
        ChapterRow row = rows.getFirst();
        List<Integer> shown = new ArrayList<>();
        for (int year : years) {
            ReportFigure figure = row.cells().get(year);
            if (figure != null && figure.value() != null) {
                shown.add(year);
            }
        }
        if (shown.size() < 2) {
            return messages.getMessage("report.trend.unknown-for", new Object[] {row.label()}, locale);
        }
        int first = shown.getFirst();
        int last = shown.getLast();
        ReportFigure from = row.cells().get(first);
        ReportFigure to = row.cells().get(last);
        double difference = to.value() - from.value();
        String key = Math.abs(difference) < 0.05 ? "report.trend.flat" : difference > 0 ? "report.trend.up"
                : "report.trend.down";
        return messages.getMessage(key, new Object[] {row.label(), from.shown(), String.valueOf(first), to.shown(),
            String.valueOf(last)}, locale);
    }
}
