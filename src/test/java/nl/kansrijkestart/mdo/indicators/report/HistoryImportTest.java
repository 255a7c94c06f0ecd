package nl.kansrijkestart.mdo.indicators.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.kansrijkestart.mdo.indicators.Grouping;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.ImportedFigure;
import nl.kansrijkestart.mdo.indicators.IndicatorRequest;
import nl.kansrijkestart.mdo.indicators.IndicatorService;
import nl.kansrijkestart.mdo.indicators.Period;
import nl.kansrijkestart.mdo.indicators.PeriodBound;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.InvalidInputException.FieldProblem;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * Figures of earlier years imported from earlier reports: shown in the report with their mark and
 * source, never added to the application's counts, suppressed like them (also against a region
 * minus its other municipalities), and a file with any invalid line refused whole, with line
 * numbers. Each test imports figures of years of its own (1931–1935, 1941–1950); only these tests
 * import those years.
 */
@IntegrationTest
@Tag("database")
// On PostgreSQL the repository tests before these empty the shared schema; the report tests need the
// demo accounts, so they start a context of their own (one for both classes).
@TestPropertySource(properties = "mdo.test.context=regional-report")
class HistoryImportTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String REGION = "GELDERLAND-MIDDEN";

    @Autowired
    private HistoryService history;

    @Autowired
    private ReportService reports;

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private MessageSource messages;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
        jdbc.update("DELETE FROM user_municipality_scope WHERE user_id = (SELECT id FROM user_account"
                + " WHERE username = 'coordinator')");
    }

    @Test
    void importedFiguresOfEarlierYearsAppearInTheReportWithTheirMarkAndSource() {
        signedIn.as("coordinator");
        int stored = history.importCsv(csv("""
                indicator,code,year,measure,value
                7,GELDERLAND-MIDDEN,1941,PREGNANCY/POP,34
                7,GELDERLAND-MIDDEN,1941,FAMILY/MDO_VULNERABLE_PREGNANCY,5
                7,GELDERLAND-MIDDEN,1942,PREGNANCY/POP,41
                6,GELDERLAND-MIDDEN,1942,total,120
                6,GELDERLAND-MIDDEN,1942,part,90
                12,GELDERLAND-MIDDEN,1942,cases,50
                12,GELDERLAND-MIDDEN,1942,median_days,"21,5"
                """), "TNO-rapport 2023");

        ReportEdition edition = reports.open(reports.create(REGION, 1943, 1944), DUTCH);

        assertThat(stored).isEqualTo(7);
        ReportChapter seven = chapter(edition, "7");
        assertThat(seven.years()).containsExactly(1941, 1942, 1943, 1944);
        assertThat(seven.hasImported()).isTrue();
        assertThat(cell(seven, "PREGNANCY/POP", 1941)).isEqualTo(new ReportFigure("34", 34.0, false, "TNO-rapport 2023"));
        assertThat(cell(seven, "PREGNANCY/POP", 1942).shown()).isEqualTo("41");
        assertThat(cell(seven, "FAMILY/MDO_VULNERABLE_PREGNANCY", 1941))
                .isEqualTo(new ReportFigure("<10", null, true, "TNO-rapport 2023"));
        assertThat(cell(seven, "PREGNANCY/POP", 1943).imported()).isFalse();
        assertThat(cell(chapter(edition, "6"), REGION, 1942))
                .isEqualTo(new ReportFigure("75,0% (90 van 120)", 75.0, false, "TNO-rapport 2023"));
        assertThat(cell(chapter(edition, "12"), REGION, 1942).shown()).isEqualTo("mediaan 21,5 dagen (50 casussen)");
    }

    @Test
    void anImportedFigureWithinTheYearsOfTheEditionGetsARowOfItsOwnAndIsNeverAddedToTheCounts() {
        signedIn.as("coordinator");
        history.record("7", "GM0289", "1947", "cases", "15", "Jaarverslag GGD 1947");

        ReportEdition edition = reports.open(reports.create("GM0289", 1947, 1947), DUTCH);

        String counted = indicators.export(new IndicatorRequest(PeriodBound.year(1947), PeriodBound.year(1947),
                        Period.YEAR, Grouping.MUNICIPALITY, null, java.util.Set.of("GM0289"))).cells().stream()
                .map(cell -> cell.cases().label(10)).findFirst().orElse("0");
        ReportChapter seven = chapter(edition, "7");
        assertThat(cell(seven, "TOTAL", 1947)).isEqualTo(new ReportFigure(counted, counted.startsWith("<") ? null
                : Double.valueOf(counted), counted.startsWith("<"), null));
        assertThat(seven.rows()).filteredOn(row -> row.key().equals("TOTAL#imported")).singleElement()
                .satisfies(row -> {
                    assertThat(row.label()).isEqualTo("Wageningen: aantal casussen (ingelezen)");
                    assertThat(row.cells().get(1947)).isEqualTo(new ReportFigure("15", 15.0, false,
                            "Jaarverslag GGD 1947"));
                });
    }

    @Test
    void aSmallImportedMunicipalityCannotBeWorkedOutFromItsRegionAndTheOtherMunicipalities() {
        signedIn.as("coordinator");
        history.importCsv(csv("""
                indicator,code,year,measure,value
                7,GELDERLAND-MIDDEN,1945,cases,40
                7,GM0202,1945,cases,20
                7,GM0228,1945,cases,15
                7,GM0275,1945,cases,5
                """), "Regiorapport 1946");

        List<ImportedFigure> published = history.published("7", 1945, 1945);

        assertThat(published).filteredOn(figure -> figure.areaCode().equals("GM0275"))
                .extracting(ImportedFigure::value, ImportedFigure::suppressed).containsExactly(tuple(null, true));
        assertThat(published).filteredOn(ImportedFigure::suppressed).hasSizeGreaterThanOrEqualTo(2);
        assertThat(published).filteredOn(figure -> !figure.suppressed()).extracting(ImportedFigure::value)
                .doesNotContainNull().allSatisfy(value -> assertThat(value).isGreaterThanOrEqualTo(10.0));
    }

    @Test
    void aFileWithInvalidLinesIsRefusedWholeWithTheLineNumbersAndReasons() {
        signedIn.as("coordinator");
        InputStream file = csv("""
                indicator,code,year,measure,value
                7,GM0202,1948,cases,12

                9,GM0202,1948,cases,12
                7,GM9999,1948,cases,12
                7,GM0202,19x8,cases,12
                7,GM0228,1948,PREGNANCY/POP,twaalf
                7,GM0228,1948,PREGNANCY/POP,2.5
                6,GM0228,1948,part,8
                7,GM0202,1948,cases,13
                7,GM0202,1948
                """);

        assertThatThrownBy(() -> history.importCsv(file, "Bron met fouten"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems()).extracting(FieldProblem::messageKey, problem -> problem.arguments()[0])
                            .containsExactly(
                                    tuple("history.csv.indicator-unknown", 4),
                                    tuple("history.csv.area-unknown", 5),
                                    tuple("history.csv.year-invalid", 6),
                                    tuple("history.csv.value-invalid", 7),
                                    tuple("history.csv.value-not-whole", 8),
                                    tuple("history.csv.duplicate-in-file", 10),
                                    tuple("history.csv.columns", 11));
                    FieldProblem first = refused.problems().getFirst();
                    assertThat(messages.getMessage(first.messageKey(), first.arguments(), DUTCH))
                            .isEqualTo("Regel 4: indicator \"9\" kan niet worden ingelezen; kies 6, 7, 8, 10 of 12.");
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM imported_figure WHERE source = 'Bron met fouten'",
                Integer.class)).isZero();
    }

    @Test
    void aShareWithoutItsTotalAndAPartAboveItsTotalAreRefused() {
        signedIn.as("coordinator");
        assertThatThrownBy(() -> history.importCsv(csv("""
                indicator,code,year,measure,value
                6,GM0228,1949,part,8
                10,GM0228,1949,total,8
                10,GM0228,1949,part,9
                12,GM0228,1949,median_days,30
                """), "Onvolledig"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::messageKey, problem -> problem.arguments()[0])
                        .containsExactly(tuple("history.csv.share-incomplete", 2),
                                tuple("history.csv.part-exceeds-total", 4),
                                tuple("history.csv.median-without-cases", 5)));
    }

    @Test
    void aSpreadsheetsSemicolonFileAndTheFormForOneFigureAreAccepted() {
        signedIn.as("coordinator");
        int stored = history.importCsv(csv("indicator;code;year;measure;value\n7;GM0202;1946;cases;12\n"),
                "Spreadsheet 1946");
        history.record("7", "GM0203", "1946", "cases", "8", "Jaarverslag 1946");

        assertThat(stored).isOne();
        assertThatThrownBy(() -> history.record("7", "GM0203", "1946", "cases", "9", "Nog een bron"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple("value", "history.already-imported")));
        assertThatThrownBy(() -> history.record("7", "GM0203", "1946", "cases", "x", " "))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("source"));
        assertThat(history.published("7", 1946, 1946)).extracting(ImportedFigure::areaCode, ImportedFigure::suppressed,
                ImportedFigure::source).containsExactlyInAnyOrder(tuple("GM0202", false, "Spreadsheet 1946"),
                        tuple("GM0203", true, "Jaarverslag 1946"));
    }

    @Test
    void onlyACoordinatorImportsAndOnlyForHerOwnMunicipalities() {
        signedIn.as("verloskundige");
        assertThatThrownBy(() -> history.record("7", "GM0202", "1950", "cases", "12", "Bron"))
                .isInstanceOf(AccessDeniedException.class);
        jdbc.update("INSERT INTO user_municipality_scope (user_id, municipality_code) SELECT u.id, m.code"
                + " FROM user_account u, municipality m WHERE u.username = 'coordinator' AND m.code = 'GM0202'");
        signedIn.as("coordinator");

        assertThatThrownBy(() -> history.record("7", "GM0228", "1950", "cases", "12", "Bron"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("history.area-outside-scope"));
        history.record("7", "GM0202", "1950", "cases", "12", "Bron");
        assertThat(history.published("7", 1950, 1950)).extracting(ImportedFigure::areaCode).containsExactly("GM0202");
    }

    @Test
    void indicatorEightTakesImportedYearsPerKindAndPhaseShownInItsChapterAsTheFeedPublishesThem() {
        jdbc.update("DELETE FROM imported_figure WHERE period_year BETWEEN 1931 AND 1933");
        signedIn.as("coordinator");
        int stored = history.importCsv(csv("""
                indicator,code,year,measure,value
                8,GELDERLAND-MIDDEN,1931,STEVIG_OUDERSCHAP/BEFORE_BIRTH,40
                8,GM0202,1931,STEVIG_OUDERSCHAP/BEFORE_BIRTH,25
                8,GM0228,1931,STEVIG_OUDERSCHAP/BEFORE_BIRTH,12
                8,GM0275,1931,STEVIG_OUDERSCHAP/BEFORE_BIRTH,3
                8,GELDERLAND-MIDDEN,1932,VOORZORG/AFTER_BIRTH,18
                """), "Regiorapport 1932");
        history.record("8", "GELDERLAND-MIDDEN", "1932", "PRENATAL_HOME_VISIT/BEFORE_BIRTH", "31",
                "Jaarverslag JGZ 1932");

        ReportEdition edition = reports.open(reports.create(REGION, 1933, 1933), DUTCH);

        assertThat(stored).isEqualTo(5);
        ReportChapter eight = chapter(edition, "8");
        assertThat(eight.years()).containsExactly(1931, 1932, 1933);
        assertThat(eight.hasImported()).isTrue();
        assertThat(eight.rows()).extracting(ChapterRow::label).startsWith(
                "Prenataal huisbezoek JGZ: gestart vóór de geboorte", "Stevig Ouderschap: gestart vóór de geboorte",
                "VoorZorg: gestart na de geboorte").contains("Arnhem – Stevig Ouderschap: gestart vóór de geboorte");
        assertThat(cell(eight, "PRENATAL_HOME_VISIT/BEFORE_BIRTH", 1932))
                .isEqualTo(new ReportFigure("31", 31.0, false, "Jaarverslag JGZ 1932"));
        assertThat(cell(eight, "VOORZORG/AFTER_BIRTH", 1932))
                .isEqualTo(new ReportFigure("18", 18.0, false, "Regiorapport 1932"));
        assertThat(cell(eight, "STEVIG_OUDERSCHAP/BEFORE_BIRTH", 1933).imported()).isFalse();
        // The report shows every figure of the feed's answer for the region, with the feed's suppression.
        List<ImportedFigure> feed = history.forFeed("8", 1931, 1932, REGION, java.util.Set.of());
        assertThat(feed).hasSize(6).filteredOn(ImportedFigure::suppressed).extracting(ImportedFigure::areaCode)
                .contains("GM0275");
        for (ImportedFigure figure : feed) {
            String row = figure.areaCode().equals(REGION) ? figure.measure()
                    : figure.areaCode() + "/" + figure.measure();
            assertThat(cell(eight, row, figure.year())).as(row).isEqualTo(figure.suppressed()
                    ? new ReportFigure("<10", null, true, figure.source())
                    : new ReportFigure(String.valueOf(Math.round(figure.value())), figure.value(), false,
                            figure.source()));
        }
        assertThatThrownBy(() -> history.importCsv(csv("""
                indicator,code,year,measure,value
                8,GM0202,1931,VOORZORG/BEFORE_BIRTH,4
                8,GM0202,1931,VOORZORG/DURING_BIRTH,4
                8,GM0202,1931,cases,4
                """), "Fout bij 8"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::messageKey, problem -> problem.arguments()[0])
                        .containsExactly(tuple("history.csv.measure-unknown", 3),
                                tuple("history.csv.measure-unknown", 4)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM imported_figure WHERE source = 'Fout bij 8'",
                Integer.class)).isZero();

        // A coordinator for Arnhem alone gets only Arnhem's imported figures of 8 in the feed.
        jdbc.update("INSERT INTO user_municipality_scope (user_id, municipality_code) SELECT u.id, m.code"
                + " FROM user_account u, municipality m WHERE u.username = 'coordinator' AND m.code = 'GM0202'");
        signedIn.as("coordinator");
        assertThat(history.forFeed("8", 1931, 1932, null, java.util.Set.of())).extracting(ImportedFigure::areaCode)
                .containsExactly("GM0202");
    }

    @Test
    void importedSharesAndDaysAreShownInTheirChaptersAsTheFeedPublishesThem() {
        jdbc.update("DELETE FROM imported_figure WHERE period_year = 1935");
        signedIn.as("coordinator");
        history.importCsv(csv("""
                indicator,code,year,measure,value
                6,GELDERLAND-MIDDEN,1935,total,60
                6,GELDERLAND-MIDDEN,1935,part,40
                6,GM0202,1935,total,30
                6,GM0202,1935,part,25
                6,GM0228,1935,total,6
                6,GM0228,1935,part,3
                10,GM0202,1935,total,44
                10,GM0202,1935,part,11
                12,GELDERLAND-MIDDEN,1935,cases,20
                12,GELDERLAND-MIDDEN,1935,median_days,14.5
                12,GM0202,1935,cases,4
                12,GM0202,1935,median_days,10
                """), "Regiorapport 1935");

        ReportEdition edition = reports.open(reports.create(REGION, 1936, 1936), DUTCH);

        int compared = 0;
        for (String indicator : List.of("6", "10", "12")) {
            java.util.Map<String, java.util.Map<String, ImportedFigure>> byArea = new java.util.HashMap<>();
            history.forFeed(indicator, 1935, 1935, REGION, java.util.Set.of()).forEach(figure -> byArea
                    .computeIfAbsent(figure.areaCode(), area -> new java.util.HashMap<>()).put(figure.measure(), figure));
            for (var area : byArea.entrySet()) {
                java.util.Map<String, ImportedFigure> measures = area.getValue();
                boolean hidden = measures.values().stream().anyMatch(ImportedFigure::suppressed);
                String expected = hidden ? "<10" : indicator.equals("12")
                        ? String.format(DUTCH, "mediaan %.1f dagen (%d casussen)", measures.get("median_days").value(),
                                Math.round(measures.get("cases").value()))
                        : String.format(DUTCH, "%.1f%% (%d van %d)", measures.get("part").value() * 100
                                / measures.get("total").value(), Math.round(measures.get("part").value()),
                                Math.round(measures.get("total").value()));
                ReportFigure shown = cell(chapter(edition, indicator), area.getKey(), 1935);
                assertThat(shown.shown()).as(indicator + " " + area.getKey()).isEqualTo(expected);
                assertThat(shown.source()).isEqualTo("Regiorapport 1935");
                compared++;
            }
        }
        assertThat(compared).isEqualTo(6);
        assertThat(cell(chapter(edition, "6"), "GM0228", 1935).shown()).as("3 of 6 is small").isEqualTo("<10");
        assertThat(cell(chapter(edition, "12"), "GM0202", 1935).shown()).as("4 cases are few").isEqualTo("<10");
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ReportChapter chapter(ReportEdition edition, String indicator) {
        return edition.chapters().stream().filter(chapter -> chapter.indicator().equals(indicator)).findFirst()
                .orElseThrow();
    }

    private static ReportFigure cell(ReportChapter chapter, String row, int year) {
        return chapter.rows().stream().filter(candidate -> candidate.key().equals(row)).findFirst()
                .map(found -> found.cells().get(year)).orElseThrow(() -> new AssertionError("no row " + row));
    }
}
