package nl.kansrijkestart.mdo.indicators.report;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An edition of the report with its chapters. A draft's figures are read from the protected
 * tables when it is opened; a published edition's are those stored when it was published.
 *
 * @param previousNumber the number of the edition its cells are compared with, if any
 * @param changed the cells ({@link #cellKey}) whose text differs from that edition
 * @param comparedWith the edition its cells are compared with: by default the last published one
 *     before it of the same area and years, or any other edition of the same area chosen to compare
 */
public record ReportEdition(long id, long version, String areaCode, String areaName, boolean region, int fromYear,
        int toYear, int number, boolean published, String createdBy, Instant createdAt,
        @Nullable String publishedBy, @Nullable Instant publishedAt, List<ReportChapter> chapters,
        @Nullable Integer previousNumber, Set<String> changed, @Nullable EditionSummary comparedWith) {

    public ReportEdition {
        chapters = List.copyOf(chapters);
        changed = Set.copyOf(changed);
    }

    public static String cellKey(String indicator, String row, int year) {
        return indicator + "|" + row + "|" + year;
    }

    public boolean isChanged(String indicator, String row, int year) {
        return changed.contains(cellKey(indicator, row, year));
    }
}
