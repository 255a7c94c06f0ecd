package nl.kansrijkestart.mdo.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The CSV form of the access log: RFC 4180 (comma, double quotes, CRLF), UTF-8, one header row
 * with the column names of {@link #HEADER}, then one row per entry. Times are ISO 8601 with the
 * offset of the Dutch time zone; several checks are separated by commas within their cell.
 */
final class AuditCsv {

    static final String[] HEADER = {"id", "occurred_at", "username", "roles", "discipline", "organisation",
        "on_behalf_of", "case_number", "action", "object", "outcome", "checks", "detail"};

    /** Characters with which a spreadsheet starts a formula; see {@link #cell}. */
    private static final String FORMULA_START = "=+-@\t\r";

    private final CSVPrinter printer;
    private final DateTimeFormatter time;

    AuditCsv(OutputStream out, ZoneId zone) throws IOException {
        this.printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get()
                .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
    }

    void write(AuditEntryView entry) throws IOException {
        printer.printRecord(entry.id(), time.format(entry.occurredAt()), cell(entry.username()), cell(entry.roles()),
                cell(entry.discipline()), cell(entry.organisation()), cell(entry.onBehalfOf()),
                cell(entry.caseNumber()), entry.action(), cell(entry.object()), entry.outcome(),
                cell(String.join(",", entry.checks())), cell(entry.detail()));
    }

    /** Writes what is buffered; the caller owns and closes the stream. */
    void flush() throws IOException {
        printer.flush();
    }

    /**
     * Text as a cell. Anyone can type a user name on the login page, so a value that a spreadsheet
     * would run as a formula gets a leading apostrophe (OWASP's advice against CSV injection).
     */
    static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
