package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.kansrijkestart.mdo.indicators.report.ChapterRow;
import nl.kansrijkestart.mdo.indicators.report.EditionSummary;
import nl.kansrijkestart.mdo.indicators.report.ReportChapter;
import nl.kansrijkestart.mdo.indicators.report.ReportEdition;
import nl.kansrijkestart.mdo.indicators.report.ReportFigure;
import nl.kansrijkestart.mdo.indicators.report.ReportPdf;
import nl.kansrijkestart.mdo.indicators.report.ReportService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editions of the regional indicator report: the list, one edition with its chapters as JSON,
 * and its PDF. Access (COORDINATOR only, editions of areas within her scope; others answer 404),
 * the frozen figures of a published edition and the access log (every edition read or downloaded
 * is an export) are the report service's.
 */
@RestController
@Tag(name = "Indicator report", description = "Editions of the regional indicator report: list, JSON and PDF")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class ReportEditionsApi {

    private final ReportService reports;
    private final ReportPdf pdf;

    ReportEditionsApi(ReportService reports, ReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    /** An edition with its chapters; {@code comparedWith} is the edition its {@code changed} cells refer to. */
    record Edition(long id, String areaCode, String areaName, boolean region, int from, int to, int number,
            String status, String createdBy, Instant createdAt, @Nullable String publishedBy,
            @Nullable Instant publishedAt, @Nullable Long comparedWith, List<Chapter> chapters) {

        static Edition of(ReportEdition edition) {
            return new Edition(edition.id(), edition.areaCode(), edition.areaName(), edition.region(),
                    edition.fromYear(), edition.toYear(), edition.number(),
                    edition.published() ? "PUBLISHED" : "DRAFT", edition.createdBy(), edition.createdAt(),
                    edition.publishedBy(), edition.publishedAt(),
                    edition.comparedWith() == null ? null : edition.comparedWith().id(),
                    edition.chapters().stream().map(chapter -> Chapter.of(edition, chapter)).toList());
        }
    }

    /** A chapter: the indicator, its title and definition, the years of its columns, its rows, commentary and trend. */
    record Chapter(String indicator, String title, String definition, List<Integer> years, List<Row> rows,
            String commentary, String trend) {

        static Chapter of(ReportEdition edition, ReportChapter chapter) {
            return new Chapter(chapter.indicator(), chapter.title(), chapter.definition(), chapter.years(),
                    chapter.rows().stream().map(row -> Row.of(edition, chapter, row)).toList(), chapter.commentary(),
                    chapter.trend());
        }
    }

    /** A row of a chapter's table, a cell per year of the chapter. */
    record Row(String key, String label, List<Cell> cells) {

        static Row of(ReportEdition edition, ReportChapter chapter, ChapterRow row) {
            return new Row(row.key(), row.label(), chapter.years().stream().map(year -> {
                ReportFigure figure = row.cells().get(year);
                return figure == null ? new Cell(year, "–", null, false, false, null, false)
                        : new Cell(year, figure.shown(), figure.value(), figure.suppressed(), figure.imported(),
                                figure.source(), edition.isChanged(chapter.indicator(), row.key(), year));
            }).toList());
        }
    }

    /**
     * A cell as the report shows it ({@code "<10"} when suppressed, {@code "–"} without a figure),
     * the number behind it ({@code null} when suppressed), whether it is an imported figure and its
     * source, and whether it differs from the edition compared with.
     */
    record Cell(int year, String shown, @Nullable Double value, boolean suppressed, boolean imported,
            @Nullable String source, boolean changed) {}

    @GetMapping(path = "/api/v1/indicator-reports", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The editions of the regional indicator report within the caller's scope (COORDINATOR only)")
    List<EditionSummary> editions() {
        return reports.editions();
    }

    @GetMapping(path = "/api/v1/indicator-reports/{id}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    @Operation(summary = "One edition with its chapters, tables, commentary and trends; logged as an export")
    Edition edition(@PathVariable long id,
            @Parameter(description = "Another edition of the same area to mark the cells that differ from;"
                    + " default the last published edition before it")
            @RequestParam(required = false) @Nullable Long compare, HttpServletRequest http) {
        Locale locale = ApiProblems.locale(http);
        return Edition.of(compare == null ? reports.export(id, locale, "json")
                : reports.compare(id, compare, locale, "json"));
    }

    @GetMapping(path = "/api/v1/indicator-reports/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The edition as PDF, with contents, page numbers and the area's name; logged as an export")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) @Nullable Long compare,
            HttpServletRequest http) throws IOException {
        Locale locale = ApiProblems.locale(http);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(id, compare, locale, out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("indicatoren-editie-" + id + ".pdf").build().toString())
                .body(out.toByteArray());
    }

    @GetMapping(path = "/api/v1/indicator-reports/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The edition as PDF, for clients that cannot set Accept")
    ResponseEntity<byte[]> pdfByPath(@PathVariable long id, @RequestParam(required = false) @Nullable Long compare,
            HttpServletRequest http) throws IOException {
        return pdf(id, compare, http);
    }
}
