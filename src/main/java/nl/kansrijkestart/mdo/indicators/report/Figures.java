package nl.kansrijkestart.mdo.indicators.report;

import java.text.NumberFormat;
import java.util.Locale;
import nl.kansrijkestart.mdo.indicators.Count;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The texts of a chapter's cells, in the words of the coordinator's screen and the regional report. */
final class Figures {

    private final MessageSource messages;
    private final Locale locale;
    private final int threshold;

    Figures(MessageSource messages, Locale locale, int threshold) {
        this.messages = messages;
        this.locale = locale;
        this.threshold = threshold;
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    Locale locale() {
        return locale;
    }

    ReportFigure count(Count count, @Nullable String source) {
        return new ReportFigure(count.label(threshold), count.value() == null ? null : count.value().doubleValue(),
                count.suppressed(), source);
    }

    /** An imported count as shown (never suppressed: a hidden one is {@link #hidden}). */
    ReportFigure whole(@Nullable Double value, String source) {
        double shown = value == null ? 0 : value;
        return new ReportFigure(String.valueOf(Math.round(shown)), shown, false, source);
    }

    ReportFigure zero() {
        return new ReportFigure("0", 0.0, false, null);
    }

    ReportFigure hidden(@Nullable String source) {
        return new ReportFigure("<" + threshold, null, true, source);
    }

    ReportFigure share(double percentage, long part, long total, @Nullable String source) {
        return new ReportFigure(message("indicator.facts.share-cell", decimal(percentage), part, total), percentage,
                false, source);
    }

    ReportFigure days(double median, long cases, @Nullable String source) {
        return new ReportFigure(message("report.days-cell", decimal(median), cases), median, false, source);
    }

    String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
