package nl.kansrijkestart.mdo.indicators.ui;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as SVG markup, drawn on the server so the build needs no chart library
 * or Node. Every text is escaped: labels come from the resource bundles and region codes, which
 * an administrator types.
 */
final class BarChart {

    private static final int LABEL_WIDTH = 330;
    private static final int BAR_WIDTH = 300;
    private static final int ROW_HEIGHT = 22;

    private BarChart() {}

    /** A bar: its label, its value, or {@code null} with {@code shown} ("&lt;10") for a hidden count. */
    record Bar(String label, long value, String shown) {}

    /**
     * Bars scaled so that {@code scale} fills the full width; pass the largest value of all charts
     * shown. The drawing scales down to the width of the screen (its {@code viewBox}); its text
     * alternative is the table with the same numbers, whose id is {@code describedBy}.
     */
    static String svg(String title, List<Bar> bars, long scale, String describedBy) {
        long max = Math.max(1, Math.max(scale, bars.stream().mapToLong(Bar::value).max().orElse(1)));
        int height = ROW_HEIGHT * (bars.size() + 1) + 4;
        int chartWidth = LABEL_WIDTH + BAR_WIDTH + 60;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\""
                        + " preserveAspectRatio=\"xMinYMin meet\" style=\"width: 100%%; max-width: %dpx; height: auto\""
                        + " aria-label=\"%s\" aria-describedby=\"%s\">",
                chartWidth, height, chartWidth, escape(title), escape(describedBy)));
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"16\" font-weight=\"bold\">%s</text>", escape(title)));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = ROW_HEIGHT * (i + 1);
            long width = bar.value() * BAR_WIDTH / max;
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"var(--lumo-primary-color, #1676f3)\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
                    y + 13, escape(bar.label()), LABEL_WIDTH, y + 1, width, LABEL_WIDTH + width + 4, y + 13,
                    escape(bar.shown())));
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
