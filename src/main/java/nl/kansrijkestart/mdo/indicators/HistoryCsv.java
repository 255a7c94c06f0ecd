package nl.kansrijkestart.mdo.indicators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a history file: RFC 4180 with comma or (as Dutch spreadsheets save it) semicolon, the
 * header {@link HistoryService#HEADER} on line 1, one figure per line. Blank lines are skipped;
 * the line numbers are those of the file.
 */
final class HistoryCsv {

    private HistoryCsv() {}

    static List<HistoryRules.Line> read(Reader in, List<HistoryRules.Refusal> refusals) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        reader.mark(4096);
        String first = reader.readLine();
        reader.reset();
        if (first == null || first.isBlank()) {
            refusals.add(new HistoryRules.Refusal(1, "empty", "file"));
            return List.of();
        }
        char delimiter = first.contains(";") && !first.contains(",") ? ';' : ',';
        List<HistoryRules.Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (record.getRecordNumber() == 1) {
                    if (!header(record)) {
                        refusals.add(new HistoryRules.Refusal(line, "header", "file", String.join(",", HistoryService.HEADER)));
                        return List.of();
                    }
                    continue;
                }
                if (record.size() != HistoryService.HEADER.size()) {
                    refusals.add(new HistoryRules.Refusal(line, "columns", "file", HistoryService.HEADER.size(),
                            record.size()));
                    continue;
                }
                if (lines.size() >= HistoryService.MAX_LINES) {
                    refusals.add(new HistoryRules.Refusal(line, "too-many-lines", "file", HistoryService.MAX_LINES));
                    return List.of();
                }
                lines.add(new HistoryRules.Line(line, record.get(0), record.get(1), record.get(2), record.get(3),
                        record.get(4)));
            }
        }
        if (lines.isEmpty() && refusals.isEmpty()) {
            refusals.add(new HistoryRules.Refusal(1, "empty", "file"));
        }
        return lines;
    }

    private static boolean header(CSVRecord record) {
        List<String> names = new ArrayList<>();
        record.forEach(name -> names.add(name.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT)));
        return names.equals(HistoryService.HEADER);
    }
}
