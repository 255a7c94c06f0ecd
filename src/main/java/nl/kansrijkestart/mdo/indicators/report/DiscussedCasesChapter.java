package nl.kansrijkestart.mdo.indicators.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import nl.kansrijkestart.mdo.indicators.Grouping;
import nl.kansrijkestart.mdo.indicators.HistoryMeasures;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.ImportedFigure;
import nl.kansrijkestart.mdo.indicators.IndicatorCell;
import nl.kansrijkestart.mdo.indicators.IndicatorCsv;
import nl.kansrijkestart.mdo.indicators.IndicatorReport;
import nl.kansrijkestart.mdo.indicators.IndicatorRequest;
import nl.kansrijkestart.mdo.indicators.IndicatorService;
import nl.kansrijkestart.mdo.indicators.Period;
import nl.kansrijkestart.mdo.indicators.PeriodBound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Indicator 7, as the regional report lays it out: the cases of the area per case and meeting type
 * ("Aantal zwangeren in het POP-overleg") after its total, and for a region the cases per municipality, one column
 * per year. The cells are the feed's answers to the same questions ({@link IndicatorService#export}).
 */
@Component
class DiscussedCasesChapter implements ChapterDefinition {

    private static final String ALL_CASES = "TOTAL";

    private final IndicatorService indicators;
    private final HistoryService history;
    private final IndicatorCsv texts;
    private final MessageSource messages;

    DiscussedCasesChapter(IndicatorService indicators, HistoryService history, IndicatorCsv texts,
            MessageSource messages) {
        this.indicators = indicators;
        this.history = history;
        this.texts = texts;
        this.messages = messages;
    }

    @Override
    public String indicator() {
        return "7";
    }

    @Override
    public String titleKey() {
        return "report.title.7";
    }

    @Override
    public List<ChapterRow> rows(EditionArea area, Locale locale) {
        RowTable table = new RowTable();
        table.row(ALL_CASES, label(area, ALL_CASES, locale));
        IndicatorRequest total = area.region()
                ? new IndicatorRequest(area.fromYear(), area.toYear(), Period.YEAR, Grouping.REGION, area.code())
                : new IndicatorRequest(PeriodBound.year(area.fromYear()), PeriodBound.year(area.toYear()), Period.YEAR,
                        Grouping.MUNICIPALITY, null, Set.of(area.code()));
        read(total, area, table, locale, group -> group.equals(area.code()) ? ALL_CASES : null,
                key -> label(area, key, locale));
        IndicatorRequest byType = area.region()
                ? new IndicatorRequest(area.fromYear(), area.toYear(), Period.YEAR, Grouping.CASE_AND_MEETING_TYPE,
                        area.code())
                : new IndicatorRequest(PeriodBound.year(area.fromYear()), PeriodBound.year(area.toYear()), Period.YEAR,
                        Grouping.CASE_AND_MEETING_TYPE, null, Set.of(area.code()));
        Figures figures = read(byType, area, table, locale, group -> group,
                group -> texts.rowText(Grouping.CASE_AND_MEETING_TYPE, group, false, locale));
        if (area.region()) {
            read(new IndicatorRequest(area.fromYear(), area.toYear(), Period.YEAR, Grouping.MUNICIPALITY, area.code()),
                    area, table, locale, code -> code, code -> municipalityLabel(area, code, locale));
        }
        for (ImportedFigure figure : history.published(indicator(), area.historyFrom(), area.toYear())) {
            String key = key(area, figure);
            if (key == null) {
                continue;
            }
            table.row(key, label(area, key, locale));
            table.imported(key, figure.year(), figure.suppressed() ? figures.hidden(figure.source())
                    : figures.whole(figure.value(), figure.source()));
        }
        return table.rows(area, messages.getMessage("report.imported-row", null, locale), false);
    }

    /**
     * Reads one answer of the feed into the table: {@code keyOf} names the row of a group (or
     * {@code null} to leave it out), {@code label} the text of a row.
     */
    private Figures read(IndicatorRequest request, EditionArea area, RowTable table, Locale locale,
            Function<String, @Nullable String> keyOf, Function<String, String> label) {
        IndicatorReport report = indicators.export(request);
        Figures figures = new Figures(messages, locale, report.threshold());
        for (String group : indicators.reportRows(request)) {
            String key = keyOf.apply(group);
            if (key != null) {
                table.row(key, label.apply(key));
                for (int year = area.fromYear(); year <= area.toYear(); year++) {
                    table.own(key, year, figures.zero());
                }
            }
        }
        for (IndicatorCell cell : report.cells()) {
            String key = keyOf.apply(cell.group());
            if (key != null) {
                table.own(key, Integer.parseInt(cell.period()), figures.count(cell.cases(), null));
            }
        }
        return figures;
    }

    /** The row an imported figure belongs to: a case and meeting type or all cases of the area, or a member's cases. */
    private static @Nullable String key(EditionArea area, ImportedFigure figure) {
        if (figure.areaCode().equals(area.code())) {
            return figure.measure().equals(HistoryMeasures.CASES) ? ALL_CASES : figure.measure();
        }
        return area.memberCodes().contains(figure.areaCode()) && figure.measure().equals(HistoryMeasures.CASES)
                ? figure.areaCode() : null;
    }

    private String label(EditionArea area, String key, Locale locale) {
        if (key.equals(ALL_CASES)) {
            return messages.getMessage("report.row.all-cases", new Object[] {area.name()}, locale);
        }
        if (key.contains("/")) {
            return texts.rowText(Grouping.CASE_AND_MEETING_TYPE, key, false, locale);
        }
        return municipalityLabel(area, key, locale);
    }

    private String municipalityLabel(EditionArea area, String code, Locale locale) {
        return messages.getMessage("report.row.municipality-cases",
                new Object[] {area.memberNames().getOrDefault(code, code)}, locale);
    }
}
