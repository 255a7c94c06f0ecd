package nl.kansrijkestart.mdo.indicators.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/**
 * The README's walk: the shipped file of indicator 7 for Gelderland-Midden 2021–2022 imports, the
 * edition 2024–2026 shows those years with their source, Rozendaal's small counts hidden, takes a
 * comment, is published and downloads as PDF. Only this test imports 2021–2022.
 */
@IntegrationTest
class DemoHistoryFileTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    private HistoryService history;

    @Autowired
    private ReportService reports;

    @Autowired
    private ReportPdf pdf;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theDemoFileImportsAndItsYearsOpenTheEditionOfTheDemoYears() throws IOException {
        signedIn.as("coordinator");
        try (InputStream file = Files.newInputStream(
                Path.of("docs/demo/historie-indicator-7-gelderland-midden-2021-2022.csv"))) {
            assertThat(history.importCsv(file, "TNO-rapport 2023")).isEqualTo(16);
        }

        long id = reports.create("GELDERLAND-MIDDEN", 2024, 2026);
        ReportEdition edition = reports.open(id, DUTCH);

        ReportChapter seven = edition.chapters().stream().filter(chapter -> chapter.indicator().equals("7"))
                .findFirst().orElseThrow();
        assertThat(seven.years()).startsWith(2021, 2022).endsWith(2026);
        ChapterRow pop = seven.rows().stream().filter(row -> row.key().equals("PREGNANCY/POP")).findFirst()
                .orElseThrow();
        assertThat(List.of(pop.cells().get(2021), pop.cells().get(2022))).extracting(ReportFigure::shown,
                ReportFigure::source).containsExactly(org.assertj.core.api.Assertions.tuple("38", "TNO-rapport 2023"),
                        org.assertj.core.api.Assertions.tuple("45", "TNO-rapport 2023"));
        ChapterRow rozendaal = seven.rows().stream().filter(row -> row.key().equals("GM0277")).findFirst()
                .orElseThrow();
        assertThat(rozendaal.cells().get(2021).shown()).isEqualTo("<10");

        // The rest of the walk: a comment, publishing, and the PDF with the region's name and the import.
        reports.comment(id, reports.open(id, DUTCH).version(), "7", "Het POP-overleg groeit sinds 2021.");
        reports.publish(id, reports.open(id, DUTCH).version(), DUTCH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(id, DUTCH, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Gelderland-Midden", "Jaren 2024–2026",
                    "gepubliceerd op", "Ingelezen cijfer, bron: TNO-rapport 2023", "Het POP-overleg groeit sinds 2021.",
                    "Pagina 1 van " + document.getNumberOfPages());
        }
        assertThat(reports.open(id, DUTCH).published()).isTrue();
    }
}
