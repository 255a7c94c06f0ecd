package nl.kansrijkestart.mdo.indicators;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Indicators 8 and 12 by the report (from started referrals), already suppressed, as long (tidy)
 * CSV in the form of {@link FactCsv}: one row per year and group (a municipality's CBS code, or
 * {@code TOTAL} for the whole selection), for 8 also per kind of support and phase around the
 * birth. RFC 4180, UTF-8, a header row; numbers with a decimal point; a suppressed row has empty
 * numbers and {@code suppressed} true. Only with {@code mdo.indicators.publication=complete-years}
 * a column {@code published} follows, and a year not yet published has one row with empty group
 * and numbers and {@code published} false. Imported figures of earlier years of 8 follow its own
 * rows, marked in two last columns {@code imported} and {@code source}. Columns in docs/api.md.
 */
public final class SupportCsv {

    static final String[] STARTS_HEADER = {"indicator", "period", "group", "kind", "phase", "cases", "suppressed",
        "threshold"};

    static final String[] SUPPORT_DAYS_HEADER = {"indicator", "period", "group", "cases", "median_days",
        "mean_days", "suppressed", "threshold"};

    private SupportCsv() {}

    public static void writeStarts(StartsReport report, OutputStream out) throws IOException {
        writeStarts(report, List.of(), out);
    }

    /**
     * With the imported figures of earlier years after the application's rows, one row per year,
     * area, kind and phase. Only when there are any, two last columns follow: {@code imported}
     * (false for the application's own rows) and {@code source}, as in {@link FactCsv}.
     */
    public static void writeStarts(StartsReport report, List<ImportedFigure> imported, OutputStream out)
            throws IOException {
        boolean yearly = report.completeYearsOnly();
        boolean marked = !imported.isEmpty();
        String indicator = FactIndicator.SUPPORT_STARTED.number();
        CSVPrinter printer = IndicatorCsv.printer(out,
                FactCsv.withImported(IndicatorCsv.header(STARTS_HEADER, yearly), marked));
        for (StartCell cell : report.cells()) {
            printer.printRecord(FactCsv.own(marked, IndicatorCsv.row(yearly, true, indicator, cell.period(),
                    cell.group(), cell.kind().name(), cell.phase().name(), number(cell.cases().value()),
                    cell.cases().suppressed(), report.threshold())));
        }
        for (String year : report.notYetPublished()) {
            printer.printRecord(FactCsv.own(marked, IndicatorCsv.row(yearly, false, indicator, year, "", "", "", "",
                    false, report.threshold())));
        }
        for (ImportedFigure figure : imported) {
            String[] kindAndPhase = figure.measure().split("/", 2);
            List<Object> row = IndicatorCsv.row(yearly, true, indicator, String.valueOf(figure.year()),
                    figure.areaCode(), kindAndPhase[0], kindAndPhase.length > 1 ? kindAndPhase[1] : "",
                    number(FactCsv.whole(figure.value())), figure.suppressed(), report.threshold());
            row.add(true);
            row.add(figure.source());
            printer.printRecord(row);
        }
        printer.flush();
    }

    public static void writeSupportDays(SupportDaysReport report, OutputStream out) throws IOException {
        boolean yearly = report.completeYearsOnly();
        String indicator = FactIndicator.DAYS_TO_SUPPORT.number();
        CSVPrinter printer = IndicatorCsv.printer(out, IndicatorCsv.header(SUPPORT_DAYS_HEADER, yearly));
        for (SupportDaysCell cell : report.cells()) {
            printer.printRecord(IndicatorCsv.row(yearly, true, indicator, cell.period(), cell.group(),
                    number(cell.cases().value()), number(cell.median()), number(cell.mean()), cell.suppressed(),
                    report.threshold()));
        }
        for (String year : report.notYetPublished()) {
            printer.printRecord(IndicatorCsv.row(yearly, false, indicator, year, "", "", "", "", false,
                    report.threshold()));
        }
        printer.flush();
    }

    private static String number(@Nullable Number value) {
        return value == null ? "" : value.toString();
    }
}
