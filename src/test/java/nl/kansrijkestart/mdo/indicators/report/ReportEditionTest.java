package nl.kansrijkestart.mdo.indicators.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.indicators.DaysCell;
import nl.kansrijkestart.mdo.indicators.FactIndicator;
import nl.kansrijkestart.mdo.indicators.FactIndicatorService;
import nl.kansrijkestart.mdo.indicators.FactRequest;
import nl.kansrijkestart.mdo.indicators.Grouping;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.IndicatorCell;
import nl.kansrijkestart.mdo.indicators.IndicatorRequest;
import nl.kansrijkestart.mdo.indicators.IndicatorService;
import nl.kansrijkestart.mdo.indicators.Period;
import nl.kansrijkestart.mdo.indicators.ShareCell;
import nl.kansrijkestart.mdo.indicators.StartsReport;
import nl.kansrijkestart.mdo.indicators.internal.CountingEvent;
import nl.kansrijkestart.mdo.indicators.internal.CountingEventRepository;
import nl.kansrijkestart.mdo.indicators.internal.FactStore;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * Editions of the regional report against the feed: the same cells, the same suppression, the
 * chapters of 6, 7, 10 and 12, publication that freezes, differences between editions, and access
 * only for coordinators within their scope. The application's figures are counted in 2079–2080,
 * 2086, 2091, 2101–2104 and 2121–2123, which no other test uses; imported figures are of 1973.
 */
@IntegrationTest
@Tag("database")
// On PostgreSQL the repository tests before these empty the shared schema; the report tests need the
// demo accounts, so they start a context of their own (one for both classes).
@TestPropertySource(properties = "mdo.test.context=regional-report")
class ReportEditionTest {

    private static final String REGION = "GELDERLAND-MIDDEN";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    private ReportService reports;

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private FactIndicatorService facts;

    @Autowired
    private CountingEventRepository events;

    @Autowired
    private FactStore store;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private HistoryService history;

    @Autowired
    private SignedIn signedIn;

    /** The test's years lie in the future: the clock stands on a day they are all published. */
    @Autowired
    private AdjustableClock publicationClock;

    @BeforeEach
    void publishTheTestYears() {
        publicationClock.publishIndicatorsOf(2104);
    }

    @AfterEach
    void signOut() {
        publicationClock.reset();
        signedIn.nobody();
        jdbc.update("DELETE FROM user_municipality_scope WHERE user_id = (SELECT id FROM user_account"
                + " WHERE username = 'coordinator')");
    }

    @Test
    void theReportOfASeededRegionHasTheFeedsCellsAndSuppressionCellForCell() {
        seed(2101, 2102);
        signedIn.as("coordinator");

        ReportEdition edition = reports.open(reports.create(REGION, 2101, 2102), DUTCH);

        assertThat(edition.chapters()).extracting(ReportChapter::indicator)
                .containsExactly("6", "7", "8", "10", "12");
        Map<String, String> report = cells(edition);
        Map<String, String> feed = feedCells(2101, 2102);
        assertThat(feed).isNotEmpty();
        feed.forEach((cell, shown) -> assertThat(report.get(cell)).as(cell).isEqualTo(shown));
        assertThat(report.entrySet().stream().filter(cell -> !cell.getValue().equals("–")).count())
                .isEqualTo(feed.size());
        assertThat(feed.values()).as("the seeded data has suppressed cells").contains("<10");
        assertThat(edition.chapters().get(1).rows()).extracting(ChapterRow::label)
                .contains("Aantal zwangeren in het POP-overleg", "Arnhem: aantal casussen");
    }

    @Test
    void eachChapterHasItsDefinitionAndTheSummaryATrend() {
        seed(2103, 2104);
        signedIn.as("coordinator");

        ReportEdition edition = reports.open(reports.create(REGION, 2103, 2104), DUTCH);

        ReportChapter seven = edition.chapters().get(1);
        assertThat(seven.title()).isEqualTo("Indicator 7: besproken casussen in MDO en POP-overleg");
        assertThat(seven.definition()).contains("telt één keer per jaar");
        assertThat(seven.years()).containsExactly(2103, 2104);
        assertThat(seven.rows().getFirst().label()).isEqualTo("Gelderland-Midden: aantal casussen");
        assertThat(seven.trend()).isEqualTo("Gelderland-Midden: aantal casussen: gelijk, 31 in 2103 en 31 in 2104.");
        assertThat(edition.chapters()).allSatisfy(chapter -> assertThat(chapter.trend()).isNotBlank());
    }

    @Test
    void publishingFreezesTheFiguresAndTextsAndANewEditionShowsWhatChanged() {
        int year = 2086;
        for (int i = 0; i < 12; i++) {
            discussed(LocalDate.of(year, 5, 1), "GM0289", MeetingType.NEIGHBOURHOOD_NETWORK, CaseType.FAMILY);
        }
        signedIn.as("coordinator");
        long first = reports.create("GM0289", year, year);
        reports.comment(first, reports.open(first, DUTCH).version(), "7", "Wageningen begon in mei.");
        reports.publish(first, reports.open(first, DUTCH).version(), DUTCH);
        String before = shown(reports.open(first, DUTCH), "7", "FAMILY/NEIGHBOURHOOD_NETWORK", year);

        for (int i = 0; i < 5; i++) {
            discussed(LocalDate.of(year, 5, 2), "GM0289", MeetingType.NEIGHBOURHOOD_NETWORK, CaseType.FAMILY);
        }
        ReportEdition frozen = reports.open(first, DUTCH);
        long second = reports.create("GM0289", year, year);
        ReportEdition next = reports.open(second, DUTCH);

        assertThat(before).isEqualTo("12");
        assertThat(shown(frozen, "7", "FAMILY/NEIGHBOURHOOD_NETWORK", year)).isEqualTo("12");
        assertThat(frozen.published()).isTrue();
        assertThat(frozen.chapters().get(1).commentary()).isEqualTo("Wageningen begon in mei.");
        assertThat(next.number()).isEqualTo(frozen.number() + 1);
        assertThat(next.previousNumber()).isEqualTo(frozen.number());
        assertThat(shown(next, "7", "FAMILY/NEIGHBOURHOOD_NETWORK", year)).isEqualTo("17");
        assertThat(next.isChanged("7", "FAMILY/NEIGHBOURHOOD_NETWORK", year)).isTrue();
        assertThat(next.isChanged("7", "PREGNANCY/POP", year)).isFalse();
        assertThatThrownBy(() -> reports.comment(first, frozen.version(), "7", "later"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("report.published-is-frozen"));
    }

    @Test
    void onlyCoordinatorsMakeAndReadEditions() {
        signedIn.as("coordinator");
        long edition = reports.create(REGION, 2091, 2091);
        for (String user : List.of("verloskundige", "voorzitter", "admin")) {
            signedIn.as(user);
            assertThatThrownBy(() -> reports.create(REGION, 2091, 2091)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.open(edition, DUTCH)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(reports::editions).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aCoordinatorWithAMunicipalityScopeReadsAndMakesEditionsOnlyWithinIt() {
        signedIn.as("coordinator");
        long regionEdition = reports.create(REGION, 2079, 2079);
        jdbc.update("INSERT INTO user_municipality_scope (user_id, municipality_code) SELECT u.id, m.code"
                + " FROM user_account u, municipality m WHERE u.username = 'coordinator' AND m.code = 'GM0202'");
        signedIn.as("coordinator");

        assertThatThrownBy(() -> reports.open(regionEdition, DUTCH))
                .isInstanceOf(ReportEditionNotFoundException.class);
        assertThat(reports.editions()).extracting(EditionSummary::id).doesNotContain(regionEdition);
        assertThatThrownBy(() -> reports.create(REGION, 2079, 2079))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("report.area-not-choosable"));
        long own = reports.create("GM0202", 2079, 2079);
        assertThat(reports.open(own, DUTCH).areaName()).isEqualTo("Arnhem");
    }

    @Test
    void creatingOpeningAndPublishingAreInTheAccessLog() {
        signedIn.as("coordinator");
        long edition = reports.create("GM0299", 2080, 2080);
        reports.publish(edition, reports.open(edition, DUTCH).version(), DUTCH);

        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE object = 'indicator-report'"
                + " AND detail LIKE ?", String.class, "edition " + edition + " %"))
                .contains("CREATE", "EXPORT", "UPDATE");
    }

    @Test
    void chapterEightHasTheFeedsStartsPerKindAndPhaseAndIsFrozenWhenPublished() {
        int year = 2121;
        publicationClock.publishIndicatorsOf(year);
        LocalDate day = LocalDate.of(year, 4, 1);
        for (int i = 0; i < 12; i++) {
            store.referralStart(day, "GM0202", CaseType.PREGNANCY, "STEVIG_OUDERSCHAP", "BEFORE_BIRTH", i, true, false);
        }
        for (int i = 0; i < 3; i++) {
            store.referralStart(day, "GM0228", CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT", "AFTER_BIRTH", 20, true, true);
        }
        signedIn.as("coordinator");

        long first = reports.create(REGION, year, year);
        ReportEdition edition = reports.open(first, DUTCH);

        ReportChapter eight = edition.chapters().get(2);
        assertThat(eight.indicator()).isEqualTo("8");
        assertThat(eight.title()).isEqualTo("Indicator 8: gestarte ondersteuning voor en na de geboorte");
        assertThat(eight.definition()).contains("vóór of na de geboorte");
        Map<String, String> report = cells(edition);
        Map<String, String> feed = new HashMap<>();
        StartsReport starts = facts.supportStarted(new FactRequest(year, year, REGION));
        // The region's cells and, as in the other chapters, those of each of its municipalities.
        starts.cells().forEach(cell -> feed.put("8|" + (cell.group().equals(FactIndicatorService.TOTAL) ? ""
                : cell.group() + "/") + cell.kind() + "/" + cell.phase() + "|" + cell.period(),
                cell.cases().label(starts.threshold())));
        assertThat(feed).containsEntry("8|STEVIG_OUDERSCHAP/BEFORE_BIRTH|" + year, "12")
                .containsEntry("8|SOCIAL_TEAM_SUPPORT/AFTER_BIRTH|" + year, "<10")
                .containsEntry("8|GM0202/STEVIG_OUDERSCHAP/BEFORE_BIRTH|" + year, "12")
                .containsEntry("8|GM0228/SOCIAL_TEAM_SUPPORT/AFTER_BIRTH|" + year, "<10");
        feed.forEach((cell, shown) -> assertThat(report.get(cell)).as(cell).isEqualTo(shown));
        assertThat(report.entrySet().stream().filter(cell -> cell.getKey().startsWith("8|"))
                .filter(cell -> !cell.getValue().equals("–")).count()).isEqualTo(feed.size());
        assertThat(eight.rows()).extracting(ChapterRow::label).containsSubsequence(
                "Stevig Ouderschap: gestart vóór de geboorte",
                "Ondersteuning sociaal team / CJG: gestart na de geboorte",
                "Arnhem – Stevig Ouderschap: gestart vóór de geboorte",
                "Ede – Ondersteuning sociaal team / CJG: gestart na de geboorte");

        reports.comment(first, edition.version(), "8", "Stevig Ouderschap start vooral in de zwangerschap.");
        reports.publish(first, reports.open(first, DUTCH).version(), DUTCH);
        for (int i = 0; i < 5; i++) {
            store.referralStart(day, "GM0202", CaseType.PREGNANCY, "STEVIG_OUDERSCHAP", "BEFORE_BIRTH", 3, true, false);
        }
        ReportEdition frozen = reports.open(first, DUTCH);
        ReportEdition next = reports.open(reports.create(REGION, year, year), DUTCH);

        assertThat(shown(frozen, "8", "STEVIG_OUDERSCHAP/BEFORE_BIRTH", year)).isEqualTo("12");
        assertThat(frozen.chapters().get(2).commentary()).isEqualTo("Stevig Ouderschap start vooral in de zwangerschap.");
        assertThat(shown(next, "8", "STEVIG_OUDERSCHAP/BEFORE_BIRTH", year)).isEqualTo("17");
        assertThat(next.isChanged("8", "STEVIG_OUDERSCHAP/BEFORE_BIRTH", year)).isTrue();
        assertThat(next.isChanged("8", "SOCIAL_TEAM_SUPPORT/AFTER_BIRTH", year)).isFalse();
    }

    @Test
    void anyTwoEditionsOfAnAreaAreComparedAlsoOfOtherYears() {
        publicationClock.publishIndicatorsOf(2123);
        for (int i = 0; i < 12; i++) {
            discussed(LocalDate.of(2122, 5, 1), "GM0289", MeetingType.NEIGHBOURHOOD_NETWORK, CaseType.FAMILY);
        }
        signedIn.as("coordinator");
        long published = reports.create("GM0289", 2122, 2122);
        reports.publish(published, reports.open(published, DUTCH).version(), DUTCH);
        for (int i = 0; i < 5; i++) {
            discussed(LocalDate.of(2122, 5, 2), "GM0289", MeetingType.NEIGHBOURHOOD_NETWORK, CaseType.FAMILY);
        }
        long longer = reports.create("GM0289", 2122, 2123);
        long elsewhere = reports.create("GM0202", 2122, 2122);

        ReportEdition draft = reports.compare(longer, published, DUTCH, "screen");
        ReportEdition back = reports.compare(published, longer, DUTCH, "screen");

        assertThat(reports.open(longer, DUTCH).comparedWith()).as("no earlier published edition of these years")
                .isNull();
        assertThat(draft.comparedWith().id()).isEqualTo(published);
        assertThat(shown(draft, "7", "FAMILY/NEIGHBOURHOOD_NETWORK", 2122)).isEqualTo("17");
        assertThat(draft.isChanged("7", "FAMILY/NEIGHBOURHOOD_NETWORK", 2122)).isTrue();
        assertThat(draft.isChanged("7", "PREGNANCY/POP", 2122)).isFalse();
        assertThat(draft.isChanged("7", "PREGNANCY/POP", 2123)).as("a year the other edition does not have").isTrue();
        assertThat(shown(back, "7", "FAMILY/NEIGHBOURHOOD_NETWORK", 2122)).isEqualTo("12");
        assertThat(back.isChanged("7", "FAMILY/NEIGHBOURHOOD_NETWORK", 2122)).isTrue();
        assertThatThrownBy(() -> reports.compare(longer, elsewhere, DUTCH, "screen"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("report.compare-other-area"));
        assertThat(jdbc.queryForList("SELECT detail FROM audit_entry WHERE object = 'indicator-report'"
                + " AND action = 'EXPORT' AND detail LIKE ?", String.class, "edition " + longer + " %"))
                .anyMatch(detail -> detail.endsWith("compared-with=" + published));
    }

    @Test
    void correctingOrRemovingImportedFiguresLeavesPublishedEditionsAsTheyWere() {
        jdbc.update("DELETE FROM imported_figure WHERE period_year = 1973");
        signedIn.as("coordinator");
        history.importCsv(new java.io.ByteArrayInputStream("""
                indicator,code,year,measure,value
                7,GELDERLAND-MIDDEN,1973,PREGNANCY/POP,34
                6,GELDERLAND-MIDDEN,1973,total,40
                6,GELDERLAND-MIDDEN,1973,part,28
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "TNO-rapport 2023");
        long published = reports.create(REGION, 1974, 1974);
        reports.publish(published, reports.open(published, DUTCH).version(), DUTCH);

        history.correct("7", REGION, "1973", "PREGNANCY/POP", "36", "TNO-rapport 2024 (herzien)");
        ReportEdition frozen = reports.open(published, DUTCH);
        ReportEdition corrected = reports.open(reports.create(REGION, 1974, 1974), DUTCH);

        ReportFigure before = figure(frozen, "7", "PREGNANCY/POP", 1973);
        ReportFigure after = figure(corrected, "7", "PREGNANCY/POP", 1973);
        assertThat(before.shown()).isEqualTo("34");
        assertThat(before.source()).isEqualTo("TNO-rapport 2023");
        assertThat(after.shown()).isEqualTo("36");
        assertThat(after.source()).isEqualTo("TNO-rapport 2024 (herzien)");
        assertThat(corrected.isChanged("7", "PREGNANCY/POP", 1973)).isTrue();
        assertThatThrownBy(() -> history.correct("6", REGION, "1973", "total", "20", "TNO"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("history.part-exceeds-total"));
        assertThatThrownBy(() -> history.correct("7", REGION, "1972", "PREGNANCY/POP", "20", "TNO"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("history.not-imported"));

        assertThat(history.remove("6", REGION, 1973, "part")).as("a share's total goes with its part").isEqualTo(2);
        assertThat(history.remove("7", REGION, 1973, "PREGNANCY/POP")).isOne();
        ReportEdition emptied = reports.open(reports.create(REGION, 1974, 1974), DUTCH);

        assertThat(emptied.chapters().get(1).years()).containsExactly(1974);
        assertThat(reports.open(published, DUTCH).chapters().get(1).years()).containsExactly(1973, 1974);
        assertThat(figure(reports.open(published, DUTCH), "6", REGION, 1973).shown()).contains("70,0%");
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE object = 'imported-figures'"
                + " AND (detail LIKE 'corrected 7|GELDERLAND-MIDDEN|1973|%' OR detail LIKE 'removed %|1973|%')",
                String.class)).contains("UPDATE", "DELETE");
    }

    private static ReportFigure figure(ReportEdition edition, String indicator, String row, int year) {
        return edition.chapters().stream().filter(chapter -> chapter.indicator().equals(indicator))
                .flatMap(chapter -> chapter.rows().stream()).filter(candidate -> candidate.key().equals(row))
                .findFirst().map(found -> found.cells().get(year)).orElseThrow();
    }

    /** Discussions, results and first discussions with large and small cells in two years. */
    private void seed(int first, int second) {
        for (int year : List.of(first, second)) {
            for (int i = 0; i < 14; i++) {
                discussed(LocalDate.of(year, 3, 1), "GM0202", MeetingType.POP, CaseType.PREGNANCY);
                discussed(LocalDate.of(year, 4, 1), "GM0228", MeetingType.MDO_VULNERABLE_PREGNANCY, CaseType.FAMILY);
                store.assessment(LocalDate.of(year, 2, 1), "GM0202", CaseType.PREGNANCY, Discipline.MIDWIFE, i < 9);
                store.assessment(LocalDate.of(year, 2, 1), "GM0228", CaseType.PREGNANCY, Discipline.MIDWIFE, true);
                store.discussion(LocalDate.of(year, 3, 1), "GM0202", CaseType.PREGNANCY,
                        UUID.randomUUID().toString(), i % 2 == 0);
                store.firstDiscussion(LocalDate.of(year, 3, 1), "GM0228", CaseType.FAMILY, 10 + i);
            }
            for (int i = 0; i < 3; i++) {
                discussed(LocalDate.of(year, 5, 1), "GM0275", MeetingType.POP, CaseType.PREGNANCY);
                store.firstDiscussion(LocalDate.of(year, 5, 1), "GM0275", CaseType.PREGNANCY, 40);
            }
        }
    }

    private void discussed(LocalDate date, String municipality, MeetingType meetingType, CaseType caseType) {
        Set<String> regions = switch (municipality) {
            case "GM0275", "GM0299" -> Set.of(REGION, "OOST");
            case "GM0228", "GM0289" -> Set.of(REGION, "GELDERSE-VALLEI");
            default -> Set.of(REGION);
        };
        events.saveAndFlush(new CountingEvent(date, municipality, regions, meetingType, caseType, false,
                UUID.randomUUID().toString()));
    }

    /** Every cell of the report by indicator, row and year, as shown. */
    private static Map<String, String> cells(ReportEdition edition) {
        Map<String, String> cells = new HashMap<>();
        edition.chapters().forEach(chapter -> chapter.rows().forEach(row -> row.cells().forEach((year, figure) ->
                cells.put(chapter.indicator() + "|" + row.key() + "|" + year, figure.shown()))));
        return cells;
    }

    /** The feed's answers for the region, keyed like the report's cells; 7's zeros included. */
    private Map<String, String> feedCells(int from, int to) {
        Map<String, String> cells = new HashMap<>();
        IndicatorRequest whole = new IndicatorRequest(from, to, Period.YEAR, Grouping.REGION, REGION);
        for (int year = from; year <= to; year++) {
            cells.put("7|TOTAL|" + year, "0");
        }
        indicators.export(whole).cells().stream().filter(cell -> cell.group().equals(REGION))
                .forEach(cell -> cells.put("7|TOTAL|" + cell.period(), cell.cases().label(10)));
        for (Grouping grouping : List.of(Grouping.CASE_AND_MEETING_TYPE, Grouping.MUNICIPALITY)) {
            IndicatorRequest request = new IndicatorRequest(from, to, Period.YEAR, grouping, REGION);
            for (String group : indicators.reportRows(request)) {
                for (int year = from; year <= to; year++) {
                    cells.put("7|" + group + "|" + year, "0");
                }
            }
            for (IndicatorCell cell : indicators.export(request).cells()) {
                cells.put("7|" + cell.group() + "|" + cell.period(), cell.cases().label(10));
            }
        }
        for (FactIndicator share : List.of(FactIndicator.VALIDATED_INSTRUMENTS, FactIndicator.SOCIAL_CASE_DIRECTORS)) {
            for (ShareCell cell : facts.share(share, new FactRequest(from, to, REGION)).cells()) {
                cells.put(share.number() + "|" + group(cell.group()) + "|" + cell.period(), cell.suppressed() ? "<10"
                        : String.format(DUTCH, "%.1f%% (%d van %d)", cell.percentage(), cell.part().value(),
                                cell.total().value()));
            }
        }
        for (DaysCell cell : facts.daysToFirstDiscussion(new FactRequest(from, to, REGION)).cells()) {
            cells.put("12|" + group(cell.group()) + "|" + cell.period(), cell.cases().suppressed() ? "<10"
                    : String.format(DUTCH, "mediaan %.1f dagen (%d casussen)", cell.median(), cell.cases().value()));
        }
        return cells;
    }

    private static String group(String group) {
        return FactIndicatorService.TOTAL.equals(group) ? REGION : group;
    }

    private static String shown(ReportEdition edition, String indicator, String row, int year) {
        return edition.chapters().stream().filter(chapter -> chapter.indicator().equals(indicator))
                .flatMap(chapter -> chapter.rows().stream()).filter(candidate -> candidate.key().equals(row))
                .findFirst().map(found -> found.cells().get(year).shown()).orElseThrow();
    }
}
