package nl.kansrijkestart.mdo.indicators.report;

import java.util.Map;

/** A row of a chapter's table: its key, its text ("Aantal zwangeren in het POP-overleg") and a figure per year. */
public record ChapterRow(String key, String label, Map<Integer, ReportFigure> cells) {

    public ChapterRow {
        cells = Map.copyOf(cells);
    }
}
