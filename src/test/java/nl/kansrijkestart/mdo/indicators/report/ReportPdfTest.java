package nl.kansrijkestart.mdo.indicators.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The PDF of an edition, read back with PDFBox: the region's name, the contents with page numbers,
 * the summary, every chapter with its table, the imported figures with their source, the
 * commentary and page numbers; logged as an export. Imports figures of 1951–1952 (no other test
 * imports those years).
 */
@IntegrationTest
class ReportPdfTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    private ReportService reports;

    @Autowired
    private ReportPdf pdf;

    @Autowired
    private HistoryService history;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void thePdfHoldsTheRegionTheContentsEveryChapterAndTableTheSourcesAndPageNumbers() throws IOException {
        signedIn.as("coordinator");
        history.importCsv(new ByteArrayInputStream("""
                indicator,code,year,measure,value
                7,GELDERLAND-MIDDEN,1951,PREGNANCY/POP,34
                7,GELDERLAND-MIDDEN,1952,PREGNANCY/POP,41
                """.getBytes(StandardCharsets.UTF_8)), "TNO-rapport 2023");
        long edition = reports.create("GELDERLAND-MIDDEN", 1953, 1954);
        reports.comment(edition, reports.open(edition, DUTCH).version(), "7", "Het POP-overleg groeit sinds 1951.");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(edition, DUTCH, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            PDFTextStripper contentsPage = new PDFTextStripper();
            contentsPage.setStartPage(2);
            contentsPage.setEndPage(2);
            String contents = contentsPage.getText(document);

            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(8);
            assertThat(text).contains("Indicatoren Kansrijke Start", "Gelderland-Midden", "Jaren 1953–1954",
                    "Samenvatting", "Pagina 1 van " + document.getNumberOfPages());
            assertThat(contents).contains("Inhoud").containsPattern("Samenvatting[ .]*3")
                    .containsPattern("Indicator 7: besproken casussen in MDO en POP-overleg[ .]*5");
            for (String chapter : new String[] {"Indicator 6: signaleringen met een gevalideerd instrument",
                "Indicator 7: besproken casussen in MDO en POP-overleg",
                "Indicator 8: gestarte ondersteuning voor en na de geboorte",
                "Indicator 10: regiehouder uit het sociaal domein",
                "Indicator 12: dagen van aanmelding tot eerste overleg"}) {
                assertThat(text).contains(chapter);
            }
            // Every chapter's table: each row's text and cell as the edition has them, in the chapter's section.
            ReportEdition shown = reports.open(edition, DUTCH);
            String flowing = text.replaceAll("\\s+", " ");
            for (ReportChapter chapter : shown.chapters()) {
                String section = flowing.substring(flowing.lastIndexOf(chapter.title()));
                assertThat(chapter.rows()).as(chapter.title()).isNotEmpty();
                for (ChapterRow row : chapter.rows()) {
                    assertThat(section).as(chapter.title()).contains(row.label());
                    row.cells().values().forEach(cell -> assertThat(section).contains(cell.shown()));
                }
            }
            assertThat(text).contains("Aantal zwangeren in het POP-overleg", "Gelderland-Midden: aantal casussen",
                    "Arnhem", "1951", "1952", "1953", "1954", "34", "41",
                    "Ingelezen cijfer, bron: TNO-rapport 2023", "Het POP-overleg groeit sinds 1951.",
                    "Gelderland-Midden: aantal casussen, per jaar");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object = 'indicator-report'"
                + " AND action = 'EXPORT' AND detail LIKE ?", Integer.class, "edition " + edition + " %format=pdf"))
                .isOne();
    }

    @Test
    void onlyACoordinatorGetsThePdf() {
        signedIn.as("coordinator");
        long edition = reports.create("GM0202", 1953, 1953);
        signedIn.as("voorzitter");

        assertThatThrownBy(() -> pdf.write(edition, DUTCH, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
