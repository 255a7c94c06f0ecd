package nl.kansrijkestart.mdo.indicators.report;

import java.util.List;
import java.util.Locale;

/**
 * One chapter of the report: an indicator and how its table is read for an edition's area and
 * years, from the same protected tables as the feed (never counted afresh) and from the imported
 * history. A new indicator joins the report as one more definition ({@link ReportChapters}).
 */
interface ChapterDefinition {

    /** The indicator's number in the regional set ("7"). */
    String indicator();

    /** The message key of the chapter's title; its definition is under {@code report.definition.<indicator>}. */
    String titleKey();

    /** The rows of the chapter for the area and years, the imported years before them included. */
    List<ChapterRow> rows(EditionArea area, Locale locale);
}
