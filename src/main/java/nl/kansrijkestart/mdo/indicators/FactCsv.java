package nl.kansrijkestart.mdo.indicators;

import java.io.IOException;
import java.io.OutputStream;
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

    /** The last column, only with {@code mdo.indicators.publication=complete-years}. */
    static final String PUBLISHED = "published";

    private FactCsv() {}

    public static void writeShares(ShareReport report, OutputStream out) throws IOException {
        boolean yearly = report.completeYearsOnly();
        CSVPrinter printer = IndicatorCsv.printer(out, IndicatorCsv.header(SHARE_HEADER, yearly));
        for (ShareCell cell : report.cells()) {
            printer.printRecord(IndicatorCsv.row(yearly, true, report.indicator().number(), cell.period(),
                    cell.group(), number(cell.total().value()), number(cell.part().value()),
                    number(cell.percentage()), cell.suppressed(), report.threshold()));
        }
        for (String year : report.notYetPublished()) {
            printer.printRecord(IndicatorCsv.row(yearly, false, report.indicator().number(), year, "", "", "", "",
                    false, report.threshold()));
        }
        printer.flush();
    }

    public static void writeDays(DaysReport report, OutputStream out) throws IOException {
        boolean yearly = report.completeYearsOnly();
        CSVPrinter printer = IndicatorCsv.printer(out, IndicatorCsv.header(DAYS_HEADER, yearly));
        for (DaysCell cell : report.cells()) {
            printer.printRecord(IndicatorCsv.row(yearly, true, FactIndicator.DAYS_TO_FIRST_DISCUSSION.number(),
                    cell.period(), cell.group(), number(cell.cases().value()), number(cell.median()),
                    number(cell.lowerQuartile()), number(cell.upperQuartile()), cell.suppressed(),
                    report.threshold()));
        }
        for (String year : report.notYetPublished()) {
            printer.printRecord(IndicatorCsv.row(yearly, false, FactIndicator.DAYS_TO_FIRST_DISCUSSION.number(),
                    year, "", "", "", "", "", false, report.threshold()));
        }
        printer.flush();
    }

    private static String number(@Nullable Number value) {
        return value == null ? "" : value.toString();
    }
}
