package nl.kansrijkestart.mdo.indicators.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansrijkestart.mdo.indicators.DaysCell;
import nl.kansrijkestart.mdo.indicators.DaysReport;
import nl.kansrijkestart.mdo.indicators.FactIndicator;
import nl.kansrijkestart.mdo.indicators.FactIndicatorService;
import nl.kansrijkestart.mdo.indicators.FactRequest;
import nl.kansrijkestart.mdo.indicators.HistoryMeasures;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.ImportedFigure;
import nl.kansrijkestart.mdo.indicators.ShareCell;
import nl.kansrijkestart.mdo.indicators.ShareReport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Indicators 6, 10 (a share) and 12 (days to the first discussion): a row for the area (the
 * feed's {@code TOTAL} of the region, or the municipality's own row) and, for a region, one per
 * member municipality, one column per year. The cells are the feed's answers
 * ({@link FactIndicatorService}); imported figures combine their measures (total and part; cases
 * and median) into the same texts.
 */
class FactChapter implements ChapterDefinition {

    private final FactIndicator which;
    private final FactIndicatorService facts;
    private final HistoryService history;
    private final MessageSource messages;

    FactChapter(FactIndicator which, FactIndicatorService facts, HistoryService history, MessageSource messages) {
        this.which = which;
        this.facts = facts;
        this.history = history;
        this.messages = messages;
    }

    @Override
    public String indicator() {
        return which.number();
    }

    @Override
    public String titleKey() {
        return "report.title." + which.number();
    }

    @Override
    public List<ChapterRow> rows(EditionArea area, Locale locale) {
        RowTable table = new RowTable();
        table.row(area.code(), area.name());
        area.members().forEach(member -> table.row(member.code(), member.name()));
        FactRequest request = new FactRequest(area.fromYear(), area.toYear(), area.region() ? area.code() : null);
        Figures figures;
        if (which == FactIndicator.DAYS_TO_FIRST_DISCUSSION) {
            DaysReport report = facts.daysToFirstDiscussion(request);
            figures = new Figures(messages, locale, report.threshold());
            for (DaysCell cell : report.cells()) {
                String key = key(area, cell.group());
                if (key != null) {
                    table.own(key, Integer.parseInt(cell.period()), cell.cases().suppressed() || cell.median() == null
                            ? figures.count(cell.cases(), null)
                            : figures.days(cell.median(), cell.cases().value(), null));
                }
            }
        } else {
            ShareReport report = facts.share(which, request);
            figures = new Figures(messages, locale, report.threshold());
            for (ShareCell cell : report.cells()) {
                String key = key(area, cell.group());
                if (key != null) {
                    table.own(key, Integer.parseInt(cell.period()), cell.suppressed() || cell.percentage() == null
                            ? figures.count(cell.total(), null)
                            : figures.share(cell.percentage(), cell.part().value(), cell.total().value(), null));
                }
            }
        }
        imported(area, table, figures);
        return table.rows(area, messages.getMessage("report.imported-row", null, locale), true);
    }

    /** The row of a feed cell: the area's total, or a member (the municipality itself in its own edition). */
    private static @Nullable String key(EditionArea area, String group) {
        if (area.region()) {
            return FactIndicatorService.TOTAL.equals(group) ? area.code()
                    : area.memberCodes().contains(group) ? group : null;
        }
        return area.code().equals(group) ? group : null;
    }

    private void imported(EditionArea area, RowTable table, Figures figures) {
        Map<String, Map<String, ImportedFigure>> byAreaAndYear = new HashMap<>();
        for (ImportedFigure figure : history.published(indicator(), area.historyFrom(), area.toYear())) {
            if (figure.areaCode().equals(area.code()) || area.memberCodes().contains(figure.areaCode())) {
                byAreaAndYear.computeIfAbsent(figure.areaCode() + "|" + figure.year(), k -> new HashMap<>())
                        .put(figure.measure(), figure);
            }
        }
        byAreaAndYear.forEach((areaAndYear, measures) -> {
            ImportedFigure any = measures.values().iterator().next();
            ReportFigure figure = which == FactIndicator.DAYS_TO_FIRST_DISCUSSION
                    ? days(measures, figures, any.source()) : share(measures, figures, any.source());
            if (figure != null) {
                table.imported(any.areaCode(), any.year(), figure);
            }
        });
    }

    private static @Nullable ReportFigure share(Map<String, ImportedFigure> measures, Figures figures, String source) {
        ImportedFigure total = measures.get(HistoryMeasures.TOTAL);
        ImportedFigure part = measures.get(HistoryMeasures.PART);
        if (total == null || part == null) {
            return null;
        }
        if (total.suppressed() || part.suppressed() || total.value() == null || part.value() == null) {
            return figures.hidden(source);
        }
        double percentage = total.value() == 0 ? 0 : Math.round(part.value() * 1000 / total.value()) / 10.0;
        return figures.share(percentage, Math.round(part.value()), Math.round(total.value()), source);
    }

    private static @Nullable ReportFigure days(Map<String, ImportedFigure> measures, Figures figures, String source) {
        ImportedFigure cases = measures.get(HistoryMeasures.CASES);
        if (cases == null) {
            return null;
        }
        if (cases.suppressed() || cases.value() == null) {
            return figures.hidden(source);
        }
        ImportedFigure median = measures.get(HistoryMeasures.MEDIAN_DAYS);
        return median == null || median.value() == null ? figures.whole(cases.value(), source)
                : figures.days(median.value(), Math.round(cases.value()), source);
    }
}
