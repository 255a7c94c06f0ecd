package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.indicators.internal.FactStore;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Indicators 6, 10 and 12 as a coordinator gets them, on crafted facts: definitions, the row for
 * the whole selection, suppression, region filter, role and logging. Each test uses years of its
 * own (2031–2070, each with the next year free), away from the demo history and from the other
 * tests whose discussions record these facts (CountingEventsTest takes 1900–1990).
 */
@IntegrationTest
class FactIndicatorServiceTest {

    /** The test's years lie in the future: the clock stands on a day they are all published. */
    @Autowired
    private AdjustableClock publicationClock;

    @BeforeEach
    void publishTheTestYears() {
        publicationClock.publishIndicatorsOf(2199);
    }

    @AfterEach
    void clockBackToNow() {
        publicationClock.reset();
    }

    private static final AtomicInteger YEARS = new AtomicInteger(2031 + 2 * ThreadLocalRandom.current().nextInt(10));

    @Autowired
    private FactIndicatorService indicators;

    @Autowired
    private FactStore store;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void indicatorSixIsTheShareOfMidwivesResultsWithAValidatedInstrumentAndIgnoresOtherDisciplines() {
        int year = YEARS.getAndAdd(2);
        assessments(year, "GM0228", Discipline.MIDWIFE, true, 30);
        assessments(year, "GM0228", Discipline.MIDWIFE, false, 10);
        assessments(year, "GM0228", Discipline.JGZ, false, 25);

        ShareReport report = share(FactIndicator.VALIDATED_INSTRUMENTS, year, year, null);

        assertThat(report.cells()).containsExactly(
                new ShareCell(String.valueOf(year), FactIndicatorService.TOTAL, Count.shown(40), Count.shown(30), 75.0),
                new ShareCell(String.valueOf(year), "GM0228", Count.shown(40), Count.shown(30), 75.0));
    }

    @Test
    void indicatorTenCountsACaseOnceAYearAndAsWithDirectorIfOneOfItsDiscussionsHadOne() {
        int year = YEARS.getAndAdd(2);
        for (int patient = 0; patient < 12; patient++) {
            String token = UUID.randomUUID().toString();
            store.discussion(LocalDate.of(year, 2, 1), "GM0202", CaseType.PREGNANCY, token, false);
            store.discussion(LocalDate.of(year, 6, 1), "GM0202", CaseType.PREGNANCY, token, patient < 10);
        }
        for (int patient = 0; patient < 13; patient++) {
            store.discussion(LocalDate.of(year, 3, 1), "GM0202", CaseType.FAMILY, UUID.randomUUID().toString(), false);
        }

        assertThat(share(FactIndicator.SOCIAL_CASE_DIRECTORS, year, year, null).cells())
                .filteredOn(cell -> cell.group().equals("GM0202"))
                .containsExactly(new ShareCell(String.valueOf(year), "GM0202", Count.shown(25), Count.shown(10), 40.0));
    }

    @Test
    void indicatorTwelveGivesTheMedianAndQuartilesOfTheDaysWaitedByTheYearOfTheFirstDiscussion() {
        int year = YEARS.getAndAdd(2);
        for (int days = 1; days <= 11; days++) {
            store.firstDiscussion(LocalDate.of(year, 4, days), "GM0289", CaseType.PREGNANCY, days * 10);
        }

        DaysReport report = days(year, year + 1, null);

        assertThat(report.cells()).extracting(DaysCell::group, DaysCell::period, DaysCell::cases, DaysCell::median,
                        DaysCell::lowerQuartile, DaysCell::upperQuartile)
                .containsExactly(tuple(FactIndicatorService.TOTAL, String.valueOf(year), Count.shown(11), 60.0, 35.0, 85.0),
                        tuple("GM0289", String.valueOf(year), Count.shown(11), 60.0, 35.0, 85.0));
    }

    @Test
    void aShareIsHiddenWhenItsCountItsPartOrItsRestIsBelowTheThresholdAndAnotherCellOfTheYearWithIt() {
        int year = YEARS.getAndAdd(2);
        assessments(year, "GM0202", Discipline.MIDWIFE, true, 40);
        assessments(year, "GM0202", Discipline.MIDWIFE, false, 3);
        assessments(year, "GM0203", Discipline.MIDWIFE, true, 12);
        assessments(year, "GM0203", Discipline.MIDWIFE, false, 12);
        assessments(year, "GM0228", Discipline.MIDWIFE, true, 20);
        assessments(year, "GM0228", Discipline.MIDWIFE, false, 30);

        ShareReport report = share(FactIndicator.VALIDATED_INSTRUMENTS, year, year, null);

        // GM0202's rest of 3 needs complements that hold k without it (GM0203 and GM0228), and the
        // regions give it away unless they hide too: Gelderland-Midden (here the total) is Gelderse
        // Vallei (GM0203 and GM0228) plus GM0202, so the total hides with them.
        assertThat(report.cells()).extracting(ShareCell::group, ShareCell::suppressed, ShareCell::percentage)
                .containsExactly(tuple(FactIndicatorService.TOTAL, true, null),
                        tuple("GM0202", true, null), tuple("GM0203", true, null), tuple("GM0228", true, null));
        assertThat(report.cells().get(1).total().label(report.threshold())).isEqualTo("<10");
    }

    @Test
    void aMedianOverFewerCasesThanTheThresholdIsHidden() {
        int year = YEARS.getAndAdd(2);
        for (int days = 0; days < 4; days++) {
            store.firstDiscussion(LocalDate.of(year, 5, 5), "GM0203", CaseType.FAMILY, days);
        }

        assertThat(days(year, year, null).cells()).extracting(DaysCell::group, DaysCell::suppressed, DaysCell::median)
                .containsExactly(tuple(FactIndicatorService.TOTAL, true, null), tuple("GM0203", true, null));
    }

    @Test
    void aRegionLimitsTheRowsToItsMunicipalities() {
        int year = YEARS.getAndAdd(2);
        assessments(year, "GM0275", Discipline.MIDWIFE, true, 11);
        assessments(year, "GM0228", Discipline.MIDWIFE, true, 11);

        assertThat(share(FactIndicator.VALIDATED_INSTRUMENTS, year, year, "OOST").cells())
                .extracting(ShareCell::group, ShareCell::total)
                .containsExactly(tuple(FactIndicatorService.TOTAL, Count.shown(11)), tuple("GM0275", Count.shown(11)));
    }

    @Test
    void aCoordinatorWithAMunicipalityScopeSeesOnlyThoseMunicipalitiesAlsoInTheTotal() {
        int year = YEARS.getAndAdd(2);
        assessments(year, "GM0228", Discipline.MIDWIFE, true, 12);
        assessments(year, "GM0203", Discipline.MIDWIFE, true, 15);
        jdbc.update("INSERT INTO user_municipality_scope (user_id, municipality_code)"
                + " SELECT id, 'GM0228' FROM user_account WHERE username = 'coordinator'");
        try {
            assertThat(share(FactIndicator.VALIDATED_INSTRUMENTS, year, year, null).cells())
                    .extracting(ShareCell::group, ShareCell::total)
                    .containsExactly(tuple(FactIndicatorService.TOTAL, Count.shown(12)), tuple("GM0228", Count.shown(12)));
            assertThat(share(FactIndicator.VALIDATED_INSTRUMENTS, year, year, "OOST").cells()).isEmpty();
        } finally {
            jdbc.update("DELETE FROM user_municipality_scope WHERE municipality_code = 'GM0228' AND user_id ="
                    + " (SELECT id FROM user_account WHERE username = 'coordinator')");
        }
    }

    @Test
    void theDemoCoordinatorSeesFiguresOfTheInventedHistory() {
        assertThat(share(FactIndicator.VALIDATED_INSTRUMENTS, 2024, 2024, null).cells())
                .filteredOn(cell -> !cell.suppressed()).hasSizeGreaterThan(2);
        assertThat(share(FactIndicator.SOCIAL_CASE_DIRECTORS, 2024, 2024, null).cells())
                .filteredOn(cell -> !cell.suppressed()).hasSizeGreaterThan(2);
        assertThat(days(2024, 2024, null).cells()).filteredOn(cell -> !cell.suppressed()).hasSizeGreaterThan(2);
    }

    @Test
    void everyAnswerIsLoggedAsAnExportOfItsIndicator() {
        int year = YEARS.getAndAdd(2);
        days(year, year + 1, "OOST");
        share(FactIndicator.SOCIAL_CASE_DIRECTORS, year, year, null);

        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND object IN ('indicator-12', 'indicator-10')
                AND username = 'coordinator' AND detail IN (?, ?)""", Integer.class,
                "indicator 12 from=" + year + " to=" + (year + 1) + " region=OOST",
                "indicator 10 from=" + year + " to=" + year + " region=null"))
                .isEqualTo(2);
    }

    @Test
    void invalidYearsAndAnUnknownRegionAreRefusedWithTheirFields() {
        signedIn.as("coordinator");
        assertThatThrownBy(() -> indicators.daysToFirstDiscussion(new FactRequest(2026, 2025, "NOWHERE")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactlyInAnyOrder("indicator.years-reversed", "indicator.region-unknown"));
        assertThatThrownBy(() -> indicators.share(FactIndicator.VALIDATED_INSTRUMENTS,
                new FactRequest(1800, 2025, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void professionalsChairsAndAdminsGetNoneOfTheseIndicators() {
        for (String user : new String[] {"voorzitter", "verloskundige", "admin"}) {
            signedIn.as(user);
            FactRequest request = new FactRequest(2025, 2025, null);
            assertThatThrownBy(() -> indicators.share(FactIndicator.VALIDATED_INSTRUMENTS, request))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> indicators.share(FactIndicator.SOCIAL_CASE_DIRECTORS, request))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> indicators.daysToFirstDiscussion(request))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private ShareReport share(FactIndicator indicator, int from, int to, String region) {
        signedIn.as("coordinator");
        return indicators.share(indicator, new FactRequest(from, to, region));
    }

    private DaysReport days(int from, int to, String region) {
        signedIn.as("coordinator");
        return indicators.daysToFirstDiscussion(new FactRequest(from, to, region));
    }

    private void assessments(int year, String municipality, Discipline discipline, boolean validated, int times) {
        for (int i = 0; i < times; i++) {
            store.assessment(LocalDate.of(year, 1 + i % 12, 1), municipality, CaseType.PREGNANCY, discipline,
                    validated);
        }
    }
}
