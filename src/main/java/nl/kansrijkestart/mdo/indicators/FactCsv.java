package nl.kansrijkestart.mdo.indicators;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Indicators 6, 10 and 12, already suppressed, as long (tidy) CSV: one row per year and group
 * (a municipality's CBS code, or {@code TOTAL} for the whole selection). RFC 4180, UTF-8, a header
 * row; numbers with a decimal point; a suppressed row has empty numbers and {@code suppressed}
 * true. Only with {@code mdo.indicators.publication=complete-years} a last column {@code published}
 * follows, and a year not yet published (still running) has one row with an empty group and
 * numbers and {@code published} false. Columns in docs/api.md.
 */
public final class FactCsv {

    static final String[] SHARE_HEADER = {"indicator", "period", "group", "total", "part", "percentage",
        "suppressed", "threshold"};

    static final String[] DAYS_HEADER = {"indicator", "period", "group", "cases", "median_days",
        "lower_quartile_days", "upper_quartile_days", "suppressed", "threshold"};

    /** The last two columns, only when an answer has imported figures. */
    static final String IMPORTED = "imported";
    static final String SOURCE = "source";

    /** The last column, only with {@code mdo.indicators.publication=complete-years}. */
    static final String PUBLISHED = "published";

    private FactCsv() {}

    public static void writeShares(ShareReport report, OutputStream out) throws IOException {
        writeShares(report, List.of(), out);
    }

    /**
     * With the imported figures of earlier years after the application's rows, their total and
     * part in one row per year and area. Only when there are any, two last columns follow:
     * {@code imported} (false for the application's own rows) and {@code source}.
     */
    public static void writeShares(ShareReport report, List<ImportedFigure> imported, OutputStream out)
            throws IOException {
        boolean yearly = report.completeYearsOnly();
        boolean marked = !imported.isEmpty();
        CSVPrinter printer = IndicatorCsv.printer(out, withImported(IndicatorCsv.header(SHARE_HEADER, yearly), marked));
        for (ShareCell cell : report.cells()) {
            printer.printRecord(own(marked, IndicatorCsv.row(yearly, true, report.indicator().number(), cell.period(),
                    cell.group(), number(cell.total().value()), number(cell.part().value()),
                    number(cell.percentage()), cell.suppressed(), report.threshold())));
        }
        for (String year : report.notYetPublished()) {
            printer.printRecord(own(marked, IndicatorCsv.row(yearly, false, report.indicator().number(), year, "",
                    "", "", "", false, report.threshold())));
        }
        for (Map<String, ImportedFigure> measures : byAreaAndYear(imported)) {
            ImportedFigure total = measures.get(HistoryMeasures.TOTAL);
            ImportedFigure part = measures.get(HistoryMeasures.PART);
            if (total == null || part == null) {
                continue;
            }
            boolean suppressed = total.suppressed() || part.suppressed() || total.value() == null
                    || part.value() == null;
            Double percentage = suppressed ? null : total.value() == 0 ? 0.0
                    : Math.round(part.value() * 1000 / total.value()) / 10.0;
            List<Object> row = IndicatorCsv.row(yearly, true, report.indicator().number(),
                    String.valueOf(total.year()), total.areaCode(), suppressed ? "" : number(whole(total.value())),
                    suppressed ? "" : number(whole(part.value())), number(percentage), suppressed, report.threshold());
            row.add(true);
            row.add(total.source());
            printer.printRecord(row);
        }
        printer.flush();
    }

    public static void writeDays(DaysReport report, OutputStream out) throws IOException {
        writeDays(report, List.of(), out);
    }

    /**
     * With the imported figures of earlier years after the application's rows (cases and the
     * median; no quartiles). Only when there are any, two last columns follow: {@code imported} and
     * {@code source}.
     */
    public static void writeDays(DaysReport report, List<ImportedFigure> imported, OutputStream out)
            throws IOException {
        boolean yearly = report.completeYearsOnly();
        boolean marked = !imported.isEmpty();
        CSVPrinter printer = IndicatorCsv.printer(out, withImported(IndicatorCsv.header(DAYS_HEADER, yearly), marked));
        for (DaysCell cell : report.cells()) {
            printer.printRecord(own(marked, IndicatorCsv.row(yearly, true,
                    FactIndicator.DAYS_TO_FIRST_DISCUSSION.number(), cell.period(), cell.group(),
                    number(cell.cases().value()), number(cell.median()), number(cell.lowerQuartile()),
                    number(cell.upperQuartile()), cell.suppressed(), report.threshold())));
        }
        for (String year : report.notYetPublished()) {
            printer.printRecord(own(marked, IndicatorCsv.row(yearly, false,
                    FactIndicator.DAYS_TO_FIRST_DISCUSSION.number(), year, "", "", "", "", "", false,
                    report.threshold())));
        }
        for (Map<String, ImportedFigure> measures : byAreaAndYear(imported)) {
            ImportedFigure cases = measures.get(HistoryMeasures.CASES);
            if (cases == null) {
                continue;
            }
            ImportedFigure median = measures.get(HistoryMeasures.MEDIAN_DAYS);
            boolean suppressed = cases.suppressed() || cases.value() == null;
            List<Object> row = IndicatorCsv.row(yearly, true, FactIndicator.DAYS_TO_FIRST_DISCUSSION.number(),
                    String.valueOf(cases.year()), cases.areaCode(), suppressed ? "" : number(whole(cases.value())),
                    suppressed || median == null ? "" : number(median.value()), "", "", suppressed,
                    report.threshold());
            row.add(true);
            row.add(cases.source());
            printer.printRecord(row);
        }
        printer.flush();
    }

    static String number(@Nullable Number value) {
        return value == null ? "" : value.toString();
    }

    /** An imported count as a whole number. */
    static @Nullable Long whole(@Nullable Double value) {
        return value == null ? null : Math.round(value);
    }

    static boolean isMunicipality(String areaCode) {
        return areaCode.matches("GM\\d{4}");
    }

    /** The header, with {@code imported} and {@code source} last when the answer has imported figures. */
    static String[] withImported(String[] header, boolean marked) {
        if (!marked) {
            return header;
        }
        String[] columns = Arrays.copyOf(header, header.length + 2);
        columns[header.length] = IMPORTED;
        columns[header.length + 1] = SOURCE;
        return columns;
    }

    /** An application's own row, marked as not imported when the answer has imported figures. */
    static List<Object> own(boolean marked, List<Object> row) {
        if (marked) {
            row.add(false);
            row.add("");
        }
        return row;
    }

    /** The imported figures per area and year, their measures together, in year and area order. */
    private static Collection<Map<String, ImportedFigure>> byAreaAndYear(List<ImportedFigure> imported) {
        Map<String, Map<String, ImportedFigure>> grouped = new TreeMap<>();
        imported.forEach(figure -> grouped.computeIfAbsent(figure.year() + "|" + figure.areaCode(),
                k -> new HashMap<>()).put(figure.measure(), figure));
        return grouped.values();
    }
}
