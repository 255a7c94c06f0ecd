package nl.kansrijkestart.mdo.indicators.report;

import java.util.List;

/**
 * A chapter of an edition: the indicator, its title and definition in plain Dutch, the years of its
 * columns (imported years before the edition's range first), its rows, the coordinator's
 * commentary and the trend of its first row for the summary page.
 */
public record ReportChapter(String indicator, String title, String definition, List<Integer> years,
        List<ChapterRow> rows, String commentary, String trend) {

    public ReportChapter {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
    }

    /** Whether any figure of the chapter is imported, so the table explains the mark. */
    public boolean hasImported() {
        return rows.stream().anyMatch(row -> row.cells().values().stream().anyMatch(ReportFigure::imported));
    }
}
