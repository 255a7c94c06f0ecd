package nl.kansrijkestart.mdo.indicators.report;

import org.jspecify.annotations.Nullable;

/**
 * One cell of a chapter's table as published: the text shown ("34", "&lt;10", "73,1% (301 van
 * 412)"), the number a chart draws ({@code null} when suppressed), and for an imported figure its
 * source; the application's own figures have none.
 */
public record ReportFigure(String shown, @Nullable Double value, boolean suppressed, @Nullable String source) {

    public boolean imported() {
        return source != null;
    }
}
