package nl.kansrijkestart.mdo.offer;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The wegwijzer as a printable A4 PDF in plain Dutch (B1): per municipality the support on offer
 * on a day, grouped by when it is meant for; or a case's hand-over with the contact person and the
 * agreed support. Each service with how parents reach it (phone, website, address). Written as
 * XHTML and laid out by openhtmltopdf like the regional report; every text is escaped. Holds no
 * case data of its own: the hand-over prints only what {@link HandOverSheet} carries.
 */
@Component
public class WegwijzerPdf {

    /** From when to when: pregnancy first, then what lasts into the first years, then after birth. */
    private static final List<OfferPhase> GROUPS = List.of(OfferPhase.PREGNANCY, OfferPhase.AFTER_BIRTH,
            OfferPhase.BOTH);

    private final WegwijzerService wegwijzers;
    private final MessageSource messages;

    WegwijzerPdf(WegwijzerService wegwijzers, MessageSource messages) {
        this.wegwijzers = wegwijzers;
        this.messages = messages;
    }

    /** Writes the wegwijzer of a municipality as it is today; logged as an export by {@link WegwijzerService}. */
    public void municipal(String municipalityCode, Locale locale, OutputStream out) throws IOException {
        render(municipalHtml(wegwijzers.municipal(municipalityCode), locale), out);
    }

    /** Writes a case's hand-over; the caller has checked and logged the export. */
    public void handOver(HandOverSheet sheet, Locale locale, OutputStream out) throws IOException {
        render(handOverHtml(sheet, locale), out);
    }

    /** {@code wegwijzer-gm0202.pdf}. */
    public static String fileName(String municipalityCode) {
        return "wegwijzer-" + municipalityCode.toLowerCase(Locale.ROOT) + ".pdf";
    }

    private static void render(String html, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }

    String municipalHtml(MunicipalWegwijzer wegwijzer, Locale locale) {
        StringBuilder html = start(text("wegwijzer.title", locale, wegwijzer.municipalityName()), wegwijzer.day(),
                locale);
        html.append("<p class=\"intro\">").append(escape(text("wegwijzer.intro", locale,
                wegwijzer.municipalityName()))).append("</p>");
        if (wegwijzer.offers().isEmpty()) {
            html.append("<p>").append(escape(text("wegwijzer.none", locale, wegwijzer.municipalityName())))
                    .append("</p>");
        }
        for (OfferPhase phase : GROUPS) {
            List<OfferSummary> group = wegwijzer.offers().stream().filter(offer -> offer.phase() == phase)
                    .sorted(Comparator.comparing(OfferSummary::name)).toList();
            if (!group.isEmpty()) {
                html.append("<h2>").append(escape(text("wegwijzer.group." + phase.name(), locale))).append("</h2>");
                table(html, group.stream().map(offer -> service(offer, null, locale)).toList());
            }
        }
        return end(html, wegwijzer.offers().stream().anyMatch(OfferSummary::demo), locale);
    }

    String handOverHtml(HandOverSheet sheet, Locale locale) {
        StringBuilder html = start(text("wegwijzer.handover.title", locale), sheet.day(), locale);
        html.append("<div class=\"contact\"><h2>").append(escape(text("wegwijzer.handover.contact", locale)))
                .append("</h2><p><b>").append(escape(sheet.contactName())).append("</b><br/>")
                .append(escape(sheet.contactOrganisation()));
        if (sheet.contactPhone() != null) {
            html.append("<br/>").append(whole(text("wegwijzer.phone", locale, sheet.contactPhone())));
        }
        html.append("</p><p>").append(escape(text("wegwijzer.handover.contact.help", locale))).append("</p></div>");
        html.append("<h2>").append(escape(text("wegwijzer.handover.support", locale))).append("</h2>");
        if (sheet.support().isEmpty()) {
            html.append("<p>").append(escape(text("wegwijzer.handover.none", locale))).append("</p>");
        } else {
            table(html, sheet.support().stream()
                    .map(support -> service(support.offer(), note(support, locale), locale)).toList());
        }
        return end(html, sheet.support().stream().anyMatch(support -> support.offer().demo()), locale);
    }

    private String note(HandOverSheet.Support support, Locale locale) {
        return support.since() == null ? text(support.noteKey(), locale)
                : text(support.noteKey(), locale, date(support.since(), locale));
    }

    /** Two services side by side per row, so the demo offer of a municipality fits on one page. */
    private static void table(StringBuilder html, List<String> cells) {
        html.append("<table class=\"services\">");
        for (int i = 0; i < cells.size(); i += 2) {
            html.append("<tr><td>").append(cells.get(i)).append("</td>")
                    .append(i + 1 < cells.size() ? "<td>" + cells.get(i + 1) + "</td>" : "<td class=\"empty\"></td>")
                    .append("</tr>");
        }
        html.append("</table>");
    }

    private String service(OfferSummary offer, @Nullable String note, Locale locale) {
        StringBuilder cell = new StringBuilder("<p class=\"name\">").append(escape(offer.name()))
                .append(" <span class=\"provider\">· ").append(escape(offer.provider())).append("</span></p><p>")
                .append(escape(offer.description())).append("</p>");
        if (note != null) {
            cell.append("<p class=\"note\">").append(escape(note)).append("</p>");
        }
        // A phone number or web address is never broken over two lines: the line breaks between them.
        List<String> reach = new ArrayList<>();
        if (offer.phone() != null) {
            reach.add(whole(text("wegwijzer.phone", locale, offer.phone())));
        }
        if (offer.website() != null) {
            reach.add(whole(text("wegwijzer.website", locale, shown(offer.website()))));
        }
        cell.append("<p class=\"reach\">").append(String.join(" · ", reach));
        if (offer.address() != null) {
            cell.append(reach.isEmpty() ? "" : "<br/>")
                    .append(escape(text("wegwijzer.address", locale, offer.address())));
        }
        return cell.append("</p>").toString();
    }

    private StringBuilder start(String title, LocalDate day, Locale locale) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(escape(title)).append("</title><style>")
                .append(css(text("wegwijzer.as-of", locale, date(day, locale)))).append("</style></head><body>");
        return html.append("<h1>").append(escape(title)).append("</h1>");
    }

    private String end(StringBuilder html, boolean demo, Locale locale) {
        html.append("<p class=\"emergency\">").append(escape(text("wegwijzer.emergency", locale))).append("</p>");
        if (demo) {
            html.append("<p class=\"demo\">").append(escape(text("wegwijzer.demo", locale))).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String css(String footer) {
        return "@page { size: A4; margin: 1.2cm 1.4cm 1.4cm 1.4cm; "
                + "@bottom-center { content: \"" + escapeCss(footer) + "\"; font-size: 7.5pt; color: #555;"
                + " font-family: sans-serif; } } "
                + "body { font-family: sans-serif; font-size: 9pt; line-height: 1.2; } "
                + "h1 { font-size: 15pt; margin: 0 0 0.25em 0; } "
                + "h2 { font-size: 10.5pt; margin: 0.5em 0 0.1em 0; color: #0b4f9c; } "
                + "p { margin: 0 0 0.15em 0; } .intro { font-size: 9.5pt; } "
                + "table.services { width: 100%; border-collapse: separate; border-spacing: 0 3px; } "
                + "table.services tr { page-break-inside: avoid; } "
                + "table.services td { width: 50%; vertical-align: top; padding: 2px 5px; "
                + "border-left: 3px solid #8db6e6; } table.services td.empty { border-left: none; } "
                + ".name { font-weight: bold; font-size: 10pt; } "
                + ".provider { font-weight: normal; color: #444; font-size: 8pt; } "
                + ".note { font-style: italic; } .whole { white-space: nowrap; } "
                + ".contact { border: 1px solid #8db6e6; padding: 3px 8px; margin: 0.3em 0; } "
                + ".emergency { margin-top: 0.6em; font-weight: bold; } "
                + ".demo { font-size: 7.5pt; color: #555; }";
    }

    /** A website as parents type it: without {@code https://} and a closing slash. */
    private static String shown(String website) {
        String shown = website.replaceFirst("^https?://", "");
        return shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
    }

    private static String whole(String text) {
        return "<span class=\"whole\">" + escape(text) + "</span>";
    }

    private static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
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
