package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.indicators.internal.CountingEvent;
import nl.kansrijkestart.mdo.indicators.internal.CountingEventRepository;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Exports of indicator 7 as a coordinator gets them: per period, suppressed, within the role,
 * logged. Each test counts in years of its own (2096, 2100–2152), far from the demo history and from
 * the feed test (2160–2169).
 */
@IntegrationTest
class IndicatorExportTest {

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

    private static final AtomicInteger YEARS = new AtomicInteger(2100 + 2 * ThreadLocalRandom.current().nextInt(20));

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private CountingEventRepository events;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void twelveCasesDiscussedThreeTimesAYearAreTwelveCasesAndThirtySixDiscussions() {
        int year = YEARS.getAndAdd(2);
        for (int patient = 0; patient < 12; patient++) {
            for (int month : new int[] {2, 5, 11}) {
                discussed(LocalDate.of(year, month, 3), "GM0202", "three-" + year + "-" + patient);
            }
        }
        IndicatorReport report = export(year, year, Period.YEAR, Grouping.MUNICIPALITY, null);

        assertThat(report.cells()).containsExactly(
                new IndicatorCell(String.valueOf(year), "GM0202", Count.shown(12), Count.shown(36)));
    }

    @Test
    void aQuarterCountsTheCasesDiscussedInItOnly() {
        int year = YEARS.getAndAdd(2);
        for (int patient = 0; patient < 10; patient++) {
            discussed(LocalDate.of(year, 1, 10), "GM0202", "quarter-" + year + "-" + patient);
            discussed(LocalDate.of(year, 3, 10), "GM0202", "quarter-" + year + "-" + patient);
            discussed(LocalDate.of(year, 12, 10), "GM0202", "quarter-" + year + "-" + patient);
        }
        IndicatorReport report = export(year, year, Period.QUARTER, Grouping.CASE_TYPE, null);

        assertThat(report.cells()).containsExactly(
                new IndicatorCell(year + "-Q1", "PREGNANCY", Count.shown(10), Count.shown(20)),
                new IndicatorCell(year + "-Q4", "PREGNANCY", Count.shown(10), Count.shown(10)));
    }

    @Test
    void smallCountsAreHiddenAsLessThanTheThresholdAndTheirComplementToo() {
        int year = YEARS.getAndAdd(2);
        for (int patient = 0; patient < 3; patient++) {
            discussed(LocalDate.of(year, 4, 1), "GM0203", "small-" + year + "-" + patient);
        }
        for (int patient = 0; patient < 15; patient++) {
            discussed(LocalDate.of(year + 1, 4, 1), "GM0203", "large-" + year + "-" + patient);
        }
        IndicatorReport report = export(year, year + 1, Period.YEAR, Grouping.MUNICIPALITY, null);

        assertThat(report.threshold()).isEqualTo(10);
        assertThat(report.cells()).as("each year is a table of its own: no total over years is published, so"
                + " the large year needs no complement").extracting(IndicatorCell::cases)
                .containsExactly(Count.hidden(), Count.shown(15));
        assertThat(report.cells().getFirst().cases().label(report.threshold())).isEqualTo("<10");
    }

    @Test
    void aRegionFilterShowsTheRegionAndItsSubRegionsButNotItsParent() {
        int year = YEARS.getAndAdd(2);
        for (int patient = 0; patient < 11; patient++) {
            discussed(LocalDate.of(year, 6, 1), "GM0275", "oost-" + year + "-" + patient);
        }
        assertThat(export(year, year, Period.YEAR, Grouping.REGION, "OOST").cells())
                .extracting(IndicatorCell::group).containsExactly("OOST");
        assertThat(export(year, year, Period.YEAR, Grouping.REGION, "GELDERLAND-MIDDEN").cells())
                .extracting(IndicatorCell::group, IndicatorCell::cases)
                .containsExactly(tuple("GELDERLAND-MIDDEN", Count.shown(11)),
                        tuple("OOST", Count.shown(11)));
    }

    @Test
    void aChosenMunicipalityIsCountedAloneAndAnUnknownOneIsRefused() {
        int year = 2096;
        for (int patient = 0; patient < 10; patient++) {
            discussed(LocalDate.of(year, 5, 1), "GM0202", "chosen-" + patient);
            discussed(LocalDate.of(year, 5, 1), "GM0275", "other-" + patient);
        }
        signedIn.as("coordinator");
        IndicatorReport report = indicators.export(new IndicatorRequest(PeriodBound.quarter(year, 2),
                PeriodBound.quarter(year, 2), Period.QUARTER, Grouping.MUNICIPALITY, null, Set.of("GM0202")));

        assertThat(report.cells()).as("a municipality's quarters are withheld, its year is the report's figure")
                .containsExactly(new IndicatorCell(year + "-Q2", "GM0202", Count.hidden(), Count.hidden()));
        assertThat(indicators.export(new IndicatorRequest(PeriodBound.year(year), PeriodBound.year(year),
                Period.YEAR, Grouping.MUNICIPALITY, null, Set.of("GM0202"))).cells()).containsExactly(
                new IndicatorCell(String.valueOf(year), "GM0202", Count.shown(10), Count.shown(10)));
        assertThatThrownBy(() -> indicators.export(new IndicatorRequest(PeriodBound.year(year),
                PeriodBound.year(year), Period.YEAR, Grouping.MUNICIPALITY, null, Set.of("GM0000"))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("municipality"));
    }

    @Test
    void yearColumnsAreRefusedForARangeThatStartsInTheMiddleOfAYear() {
        signedIn.as("coordinator");
        assertThatThrownBy(() -> indicators.export(new IndicatorRequest(PeriodBound.quarter(2025, 2),
                PeriodBound.quarter(2026, 1), Period.YEAR, Grouping.MUNICIPALITY, null, Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("indicator.period-does-not-fit"));
    }

    @Test
    void aRegionsSmallRemainderIsNotGivenAwayByItsSubRegions() {
        int year = YEARS.getAndAdd(2);
        for (int patient = 0; patient < 20; patient++) {
            discussed(LocalDate.of(year, 6, 1), "GM0275", "rheden-" + year + "-" + patient);
            discussed(LocalDate.of(year, 6, 1), "GM0228", "ede-" + year + "-" + patient);
        }
        for (int patient = 0; patient < 3; patient++) {
            discussed(LocalDate.of(year, 6, 1), "GM0202", "arnhem-" + year + "-" + patient);
        }
        IndicatorReport report = export(year, year, Period.YEAR, Grouping.REGION, "GELDERLAND-MIDDEN");

        assertThat(report.cells()).extracting(IndicatorCell::group, IndicatorCell::cases)
                .contains(tuple("GELDERLAND-MIDDEN", Count.shown(43)));
        assertThat(report.cells()).as("43 − 20 − 20 would be Arnhem's 3 cases, so a sub-region is hidden too")
                .filteredOn(cell -> !cell.group().equals("GELDERLAND-MIDDEN"))
                .anySatisfy(cell -> assertThat(cell.cases().suppressed()).isTrue());
    }

    @Test
    void everyExportIsLoggedWithItsParameters() {
        int year = YEARS.getAndAdd(2);
        export(year, year + 1, Period.MONTH, Grouping.MEETING_TYPE, "OOST");

        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND object = 'indicator-7'
                AND username = 'coordinator' AND detail = ?""", Integer.class,
                "indicator 7 from=" + year + " to=" + (year + 1) + " period=MONTH grouping=MEETING_TYPE region=OOST"))
                .isEqualTo(1);
    }

    @Test
    void invalidParametersAreRefusedWithTheirFields() {
        signedIn.as("coordinator");
        assertThatThrownBy(() -> indicators.export(
                new IndicatorRequest(2026, 2025, Period.YEAR, Grouping.REGION, "NOWHERE")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactlyInAnyOrder("indicator.years-reversed", "indicator.region-unknown"));
        assertThatThrownBy(() -> indicators.export(new IndicatorRequest(1800, 2025, Period.YEAR, Grouping.REGION, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void professionalsChairsAndAdminsGetNoExport() {
        for (String user : new String[] {"voorzitter", "verloskundige", "admin"}) {
            signedIn.as(user);
            assertThatThrownBy(() -> indicators.export(new IndicatorRequest(2025, 2025, Period.YEAR,
                    Grouping.MUNICIPALITY, null))).isInstanceOf(AccessDeniedException.class);
        }
    }

    private IndicatorReport export(int from, int to, Period period, Grouping grouping, @Nullable String region) {
        signedIn.as("coordinator");
        return indicators.export(new IndicatorRequest(from, to, period, grouping, region));
    }

    private void discussed(LocalDate date, String municipality, String token) {
        Set<String> regions = switch (municipality) {
            case "GM0275" -> Set.of("GELDERLAND-MIDDEN", "OOST");
            case "GM0228" -> Set.of("GELDERLAND-MIDDEN", "GELDERSE-VALLEI");
            default -> Set.of("GELDERLAND-MIDDEN");
        };
        events.saveAndFlush(new CountingEvent(date, municipality, regions, MeetingType.POP, CaseType.PREGNANCY,
                false, token));
    }
}
