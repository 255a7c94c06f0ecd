package nl.kansrijkestart.mdo.indicators;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An already suppressed {@link IndicatorReport} as CSV: RFC 4180 (comma, double quotes, CRLF),
 * UTF-8. Two layouts, documented in docs/api.md:
 * <ul>
 *   <li>long (tidy): {@link #LONG_HEADER}, one row per period, group and measure; {@code value} is
 *       empty and {@code suppressed} true for a hidden count; only with {@code
 *       mdo.indicators.publication=complete-years} a last column {@code published} follows, and a
 *       period not yet published has one row with an empty group, measure and value and {@code
 *       published} false;</li>
 *   <li>report: like the regional report, a first column with the row text ("Aantal zwangeren in
 *       het POP-overleg") and one column per period; a hidden count reads "&lt;k", a missing one 0,
 *       a period not yet published "nog niet gepubliceerd", and a last row says why. Imported
 *       figures of earlier years follow the application's rows, marked "(ingelezen)", with their
 *       source in a last column.</li>
 * </ul>
 */
@Component
public class IndicatorCsv {

    static final String[] LONG_HEADER = {"indicator", "period", "grouping", "group", "measure", "value",
        "suppressed", "threshold"};

    private final MessageSource messages;

    IndicatorCsv(MessageSource messages) {
        this.messages = messages;
    }

    public void writeLong(IndicatorReport report, OutputStream out) throws IOException {
        writeLong(report, List.of(), out);
    }

    /**
     * The long layout, followed by the imported figures of earlier years ({@code grouping} REGION or
     * MUNICIPALITY, {@code measure} cases or a case and meeting type). Only when there are any, two
     * last columns follow: {@code imported} (false for the application's own rows) and {@code source}.
     */
    public void writeLong(IndicatorReport report, List<ImportedFigure> imported, OutputStream out)
            throws IOException {
        boolean yearly = report.completeYearsOnly();
        boolean marked = !imported.isEmpty();
        CSVPrinter printer = printer(out, FactCsv.withImported(header(LONG_HEADER, yearly), marked));
        for (IndicatorCell cell : report.cells()) {
            for (Measure measure : Measure.values()) {
                Count count = measure.of(cell);
                printer.printRecord(FactCsv.own(marked, row(yearly, true, "7", cell.period(),
                        report.request().grouping(), cell.group(), measure.code,
                        count.value() == null ? "" : count.value(), count.suppressed(), report.threshold())));
            }
        }
        for (String period : report.notYetPublished()) {
            printer.printRecord(FactCsv.own(marked, row(yearly, false, "7", period, report.request().grouping(), "",
                    "", "", false, report.threshold())));
        }
        for (ImportedFigure figure : imported) {
            List<Object> row = row(yearly, true, "7", String.valueOf(figure.year()),
                    FactCsv.isMunicipality(figure.areaCode()) ? Grouping.MUNICIPALITY : Grouping.REGION,
                    figure.areaCode(), figure.measure(), FactCsv.number(FactCsv.whole(figure.value())),
                    figure.suppressed(), report.threshold());
            row.add(true);
            row.add(figure.source());
            printer.printRecord(row);
        }
        printer.flush();
    }

    public void writeReport(IndicatorReport report, Locale locale, OutputStream out) throws IOException {
        writeReport(report, List.of(), List.of(), locale, out);
    }

    /**
     * The report layout with a row for each of {@code rows} (group codes), also when nothing was
     * counted in it (0), besides the groups the report has counts for.
     */
    public void writeReport(IndicatorReport report, List<String> rows, Locale locale, OutputStream out)
            throws IOException {
        writeReport(report, rows, List.of(), locale, out);
    }

    /**
     * The report layout, followed by the imported figures of earlier years: a row per area, measure
     * and source ("GELDERLAND-MIDDEN: Aantal zwangeren in het POP-overleg (ingelezen)") with the
     * figure in its year's column ("&lt;k" when suppressed, empty in the other columns), never added
     * to the application's rows. Only when there are any, a last column names the source (empty for
     * the application's own rows).
     */
    public void writeReport(IndicatorReport report, List<String> rows, List<ImportedFigure> imported, Locale locale,
            OutputStream out) throws IOException {
        List<String> periods = report.request().periodLabels();
        boolean marked = !imported.isEmpty();
        List<String> header = new ArrayList<>(List.of(messages.getMessage("indicator.csv.row", null, locale)));
        header.addAll(periods);
        if (marked) {
            header.add(messages.getMessage("indicator.csv.source", null, locale));
        }
        CSVPrinter printer = printer(out, header.toArray(String[]::new));
        String notYetPublished = messages.getMessage("indicator.not-yet-published.cell", null, locale);
        Map<String, Map<String, IndicatorCell>> byGroup = new TreeMap<>();
        rows.forEach(group -> byGroup.put(group, new TreeMap<>()));
        report.cells().forEach(cell -> byGroup.computeIfAbsent(cell.group(), g -> new TreeMap<>()).put(cell.period(), cell));
        for (Measure measure : Measure.values()) {
            for (var group : byGroup.entrySet()) {
                List<String> row = new ArrayList<>(List.of(rowText(report.request().grouping(), group.getKey(),
                        measure, locale)));
                for (String period : periods) {
                    IndicatorCell cell = group.getValue().get(period);
                    row.add(!report.published(period) ? notYetPublished
                            : cell == null ? "0" : measure.of(cell).label(report.threshold()));
                }
                if (marked) {
                    row.add("");
                }
                printer.printRecord(row);
            }
        }
        Map<String, Map<String, ImportedFigure>> importedRows = new TreeMap<>();
        for (ImportedFigure figure : imported) {
            importedRows.computeIfAbsent(figure.areaCode() + "|" + figure.measure() + "|" + figure.source(),
                    key -> new TreeMap<>()).put(String.valueOf(figure.year()), figure);
        }
        for (Map<String, ImportedFigure> byYear : importedRows.values()) {
            ImportedFigure any = byYear.values().iterator().next();
            List<String> row = new ArrayList<>(List.of(importedRowText(any, locale)));
            for (String period : periods) {
                ImportedFigure figure = byYear.get(period);
                row.add(figure == null ? "" : figure.suppressed() || figure.value() == null
                        ? "<" + report.threshold() : String.valueOf(FactCsv.whole(figure.value())));
            }
            row.add(any.source());
            printer.printRecord(row);
        }
        if (!report.notYetPublished().isEmpty()) {
            printer.printRecord(messages.getMessage(IndicatorReport.NOT_YET_PUBLISHED, null, locale));
        }
        printer.flush();
    }

    /** The text of an imported figure's row: its area and measure, marked imported. */
    private String importedRowText(ImportedFigure figure, Locale locale) {
        String text = HistoryMeasures.CASES.equals(figure.measure())
                ? rowText(Grouping.REGION, figure.areaCode(), Measure.CASES, locale)
                : messages.getMessage("indicator.report.in-area", new Object[] {figure.areaCode(),
                    rowText(Grouping.CASE_AND_MEETING_TYPE, figure.measure(), Measure.CASES, locale)}, locale);
        return text + " " + messages.getMessage("report.imported-row", null, locale);
    }

    /**
     * The text of a row of the report layout, as the screen shows it too: "Aantal zwangeren in het
     * POP-overleg" for a case and meeting type, else the group and the measure.
     */
    public String rowText(Grouping grouping, String group, boolean discussions, Locale locale) {
        return rowText(grouping, group, discussions ? Measure.DISCUSSIONS : Measure.CASES, locale);
    }

    private String rowText(Grouping grouping, String group, Measure measure, Locale locale) {
        if (grouping == Grouping.CASE_AND_MEETING_TYPE) {
            String[] types = group.split("/", 2);
            return messages.getMessage("indicator.report." + measure.code, new Object[] {
                messages.getMessage("indicator.case-type." + types[0], null, locale),
                messages.getMessage("meeting.type." + types[1], null, locale)}, locale);
        }
        return messages.getMessage("indicator.report.group." + measure.code, new Object[] {group}, locale);
    }

    /** RFC 4180 with a header row, UTF-8: the format of every indicator CSV. */
    /** The columns of a long layout, with {@code published} last when only complete years are published. */
    static String[] header(String[] columns, boolean completeYearsOnly) {
        if (!completeYearsOnly) {
            return columns;
        }
        String[] header = Arrays.copyOf(columns, columns.length + 1);
        header[columns.length] = FactCsv.PUBLISHED;
        return header;
    }

    /** A row of a long layout, with whether its period is published last when that column is there. */
    static List<Object> row(boolean completeYearsOnly, boolean published, Object... values) {
        List<Object> row = new ArrayList<>(Arrays.asList(values));
        if (completeYearsOnly) {
            row.add(published);
        }
        return row;
    }

    static CSVPrinter printer(OutputStream out, String[] header) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader(header).get()
                .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** The two measures of indicator 7, as named in the long layout. */
    private enum Measure {
        CASES("cases", IndicatorCell::cases),
        DISCUSSIONS("discussions", IndicatorCell::discussions);

        private final String code;
        private final Function<IndicatorCell, Count> count;

        Measure(String code, Function<IndicatorCell, Count> count) {
            this.code = code;
            this.count = count;
        }

        Count of(IndicatorCell cell) {
            return count.apply(cell);
        }
    }
}
