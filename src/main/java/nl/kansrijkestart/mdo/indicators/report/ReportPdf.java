package nl.kansrijkestart.mdo.indicators.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An edition as PDF: a title page with the region's name, a table of contents with page numbers,
 * the summary of trends, and per chapter its definition, the table, a bar chart (HTML and CSS
 * bars, so no chart library) and the commentary. Written as XHTML and laid out by openhtmltopdf
 * (paged media CSS: page numbers in the margin, {@code target-counter} for the contents). Every
 * text is escaped; the download is logged by {@link ReportService#export}.
 */
@Component
public class ReportPdf {

    private final ReportService reports;
    private final MessageSource messages;
    private final ZoneId zone;

    ReportPdf(ReportService reports, MessageSource messages, java.time.Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /** Writes the edition's PDF; logged as an export of the edition. */
    public void write(long editionId, Locale locale, OutputStream out) throws IOException {
        write(editionId, null, locale, out);
    }

    /**
     * Writes the edition's PDF with the cells that differ from {@code comparedWith} marked (another
     * edition of the same area), or from the last published one before it when {@code null}.
     */
    public void write(long editionId, @Nullable Long comparedWith, Locale locale, OutputStream out)
            throws IOException {
        ReportEdition edition = comparedWith == null ? reports.export(editionId, locale, "pdf")
                : reports.compare(editionId, comparedWith, locale, "pdf");
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html(edition, locale), null);
        builder.toStream(out);
        builder.run();
    }

    /** The file name of an edition's PDF: area code, years and edition number. */
    public static String fileName(ReportEdition edition) {
        return "indicatoren-" + edition.areaCode().toLowerCase(Locale.ROOT) + "-" + edition.fromYear() + "-"
                + edition.toYear() + "-editie-" + edition.number() + ".pdf";
    }

    String html(ReportEdition edition, Locale locale) {
        StringBuilder html = new StringBuilder();
        String title = text("report.pdf.title", locale);
        html.append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(title + " — " + edition.areaName())).append("</title><style>")
                .append(css(edition, locale)).append("</style></head><body>");
        html.append("<section class=\"cover\"><h1>").append(escape(title)).append("</h1><p class=\"area\">")
                .append(escape(edition.areaName())).append("</p><p>")
                .append(escape(text("report.years", locale, String.valueOf(edition.fromYear()), String.valueOf(edition.toYear())))).append("</p><p>")
                .append(escape(status(edition, locale))).append("</p></section>");
        html.append("<section class=\"contents\"><h2>").append(escape(text("report.contents", locale)))
                .append("</h2><ul><li><a href=\"#summary\">").append(escape(text("report.summary", locale)))
                .append("</a></li>");
        for (ReportChapter chapter : edition.chapters()) {
            html.append("<li><a href=\"#chapter-").append(chapter.indicator()).append("\">")
                    .append(escape(chapter.title())).append("</a></li>");
        }
        html.append("</ul></section>");
        html.append("<section id=\"summary\" class=\"chapter\"><h2>").append(escape(text("report.summary", locale)))
                .append("</h2><dl>");
        for (ReportChapter chapter : edition.chapters()) {
            html.append("<dt>").append(escape(chapter.title())).append("</dt><dd>").append(escape(chapter.trend()))
                    .append("</dd>");
        }
        html.append("</dl></section>");
        for (ReportChapter chapter : edition.chapters()) {
            chapter(html, edition, chapter, locale);
        }
        return html.append("</body></html>").toString();
    }

    private void chapter(StringBuilder html, ReportEdition edition, ReportChapter chapter, Locale locale) {
        html.append("<section id=\"chapter-").append(chapter.indicator()).append("\" class=\"chapter\"><h2>")
                .append(escape(chapter.title())).append("</h2><p>").append(escape(chapter.definition())).append("</p>");
        html.append("<table><thead><tr><th>").append(escape(text("indicator.csv.row", locale))).append("</th>");
        chapter.years().forEach(year -> html.append("<th class=\"number\">").append(year).append("</th>"));
        html.append("</tr></thead><tbody>");
        java.util.List<String> sources = new java.util.ArrayList<>();
        for (ChapterRow row : chapter.rows()) {
            html.append("<tr><th class=\"row\">").append(escape(row.label())).append("</th>");
            for (int year : chapter.years()) {
                ReportFigure figure = row.cells().getOrDefault(year, RowTable.NONE);
                html.append("<td class=\"number\">").append(escape(figure.shown()));
                if (figure.imported()) {
                    if (!sources.contains(figure.source())) {
                        sources.add(figure.source());
                    }
                    html.append("<sup>").append(sources.indexOf(figure.source()) + 1).append("</sup>");
                }
                if (edition.isChanged(chapter.indicator(), row.key(), year)) {
                    html.append(" *");
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        for (int i = 0; i < sources.size(); i++) {
            html.append("<p class=\"note\"><sup>").append(i + 1).append("</sup> ")
                    .append(escape(text("report.imported-note", locale, sources.get(i)))).append("</p>");
        }
        if (!edition.changed().isEmpty() && edition.comparedWith() != null) {
            EditionSummary other = edition.comparedWith();
            String compared = other.fromYear() == edition.fromYear() && other.toYear() == edition.toYear()
                    ? String.valueOf(other.number())
                    : other.number() + " (" + other.fromYear() + "–" + other.toYear() + ")";
            html.append("<p class=\"note\">* ").append(escape(text("report.changed-note", locale, compared)))
                    .append("</p>");
        }
        bars(html, chapter, locale);
        html.append("<h3>").append(escape(text("report.commentary", locale))).append("</h3><p class=\"commentary\">")
                .append(escape(chapter.commentary().isBlank() ? text("report.commentary.none", locale)
                        : chapter.commentary()))
                .append("</p></section>");
    }

    /** The first row of the table per year as horizontal bars, scaled to its largest shown value. */
    private void bars(StringBuilder html, ReportChapter chapter, Locale locale) {
        if (chapter.rows().isEmpty()) {
            return;
        }
        ChapterRow row = chapter.rows().getFirst();
        double max = row.cells().values().stream().filter(figure -> figure.value() != null)
                .mapToDouble(ReportFigure::value).max().orElse(0);
        html.append("<div class=\"chart\"><p class=\"chart-title\">").append(escape(text("report.chart", locale,
                row.label()))).append("</p>");
        for (int year : chapter.years()) {
            ReportFigure figure = row.cells().getOrDefault(year, RowTable.NONE);
            long width = figure.value() == null || max <= 0 ? 0 : Math.round(figure.value() * 100 / max);
            html.append("<div class=\"bar-row\"><span class=\"bar-year\">").append(year)
                    .append("</span><span class=\"bar\" style=\"width: ").append(width * 3 / 4)
                    .append("%\"></span><span class=\"bar-value\">").append(escape(figure.shown())).append("</span></div>");
        }
        html.append("</div>");
    }

    private String css(ReportEdition edition, Locale locale) {
        String header = escapeCss(text("report.pdf.title", locale) + " — " + edition.areaName());
        String page = escapeCss(text("report.pdf.page", locale));
        String of = escapeCss(text("report.pdf.of", locale));
        return "@page { size: A4; margin: 2.2cm 2cm; "
                + "@top-left { content: \"" + header + "\"; font-size: 8pt; color: #555; } "
                + "@bottom-center { content: \"" + page + " \" counter(page) \" " + of + " \" counter(pages);"
                + " font-size: 8pt; } } "
                + "body { font-family: sans-serif; font-size: 10pt; } "
                + ".cover { page-break-after: always; padding-top: 6cm; } .cover h1 { font-size: 24pt; } "
                + ".cover .area { font-size: 18pt; font-weight: bold; } "
                + ".contents { page-break-after: always; } .contents ul { list-style: none; padding: 0; } "
                + ".contents a { color: black; text-decoration: none; } "
                + ".contents a::after { content: leader('.') target-counter(attr(href), page); } "
                + ".chapter { page-break-before: always; } "
                + "table { border-collapse: collapse; width: 100%; margin: 0.5em 0; } "
                + "th, td { border-bottom: 1px solid #bbb; padding: 3px 4px; text-align: left; } "
                + ".number { text-align: right; } th.row { font-weight: normal; } "
                + ".note { font-size: 8pt; color: #333; margin: 0.2em 0; } "
                + ".chart { margin: 1em 0; } .chart-title { font-weight: bold; } "
                + ".bar-row { height: 16px; margin: 3px 0; } "
                + ".bar-year { display: inline-block; width: 3em; } "
                + ".bar { display: inline-block; height: 12px; background-color: #1676f3; } "
                + ".bar-value { display: inline-block; margin-left: 4px; } "
                + ".commentary { white-space: pre-wrap; }";
    }

    private String status(ReportEdition edition, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        return edition.published() && edition.publishedAt() != null
                ? text("report.status.published-on", locale, edition.number(),
                        date.format(edition.publishedAt().atZone(zone)))
                : text("report.status.draft", locale, edition.number());
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String escapeCss(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3C ").replace("\n", " ");
    }
}
