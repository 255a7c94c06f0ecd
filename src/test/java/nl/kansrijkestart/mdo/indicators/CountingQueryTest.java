package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.indicators.CountingQuery.Counted;
import nl.kansrijkestart.mdo.indicators.internal.CountingEvent;
import nl.kansrijkestart.mdo.indicators.internal.CountingEventRepository;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The grouped indicator query on H2 and on PostgreSQL: periods, groups, distinct cases. */
@DatabaseTest
@Import(CountingQuery.class)
class CountingQueryTest {

    private static final CoordinatorScope EVERYTHING = new CoordinatorScope(null, null);

    @Autowired
    private CountingQuery query;

    @Autowired
    private CountingEventRepository events;

    @BeforeEach
    void discussions() {
        event(LocalDate.of(2190, 1, 5), "GM9001", Set.of("Q-PARENT", "Q-SUB"), MeetingType.POP, "a");
        event(LocalDate.of(2190, 2, 5), "GM9001", Set.of("Q-PARENT", "Q-SUB"), MeetingType.POP, "a");
        event(LocalDate.of(2190, 11, 5), "GM9002", Set.of("Q-PARENT"), MeetingType.MDO_VULNERABLE_PREGNANCY, "b");
        event(LocalDate.of(2191, 1, 5), "GM9002", Set.of("Q-PARENT"), MeetingType.MDO_VULNERABLE_PREGNANCY, "c");
    }

    @Test
    void aYearCountsEachTokenOnceAsCaseAndEachEventAsDiscussion() {
        assertThat(query.run(request(Period.YEAR, Grouping.MUNICIPALITY, null), EVERYTHING, null))
                .containsExactlyInAnyOrder(new Counted("2190", "GM9001", 1, 2), new Counted("2190", "GM9002", 1, 1),
                        new Counted("2191", "GM9002", 1, 1));
    }

    @Test
    void quartersAndMonthsAreLabelledAndCountedApart() {
        assertThat(query.run(request(Period.QUARTER, Grouping.CASE_TYPE, null), EVERYTHING, null))
                .containsExactlyInAnyOrder(new Counted("2190-Q1", "FAMILY", 1, 2), new Counted("2190-Q4", "FAMILY", 1, 1),
                        new Counted("2191-Q1", "FAMILY", 1, 1));
        assertThat(query.run(request(Period.MONTH, Grouping.MEETING_TYPE, null), EVERYTHING, null))
                .extracting(Counted::period).containsExactlyInAnyOrder("2190-01", "2190-02", "2190-11", "2191-01");
    }

    @Test
    void aParentRegionCountsTheEventsOfItsSubRegionAndARegionFilterKeepsOnlyItsEvents() {
        assertThat(query.run(request(Period.YEAR, Grouping.REGION, null), EVERYTHING, null))
                .contains(new Counted("2190", "Q-PARENT", 2, 3), new Counted("2190", "Q-SUB", 1, 2));
        assertThat(query.run(request(Period.YEAR, Grouping.MUNICIPALITY, "Q-SUB"), EVERYTHING, null))
                .containsExactly(new Counted("2190", "GM9001", 1, 2));
    }

    @Test
    void aScopeLimitsMunicipalitiesAndRegionRows() {
        CoordinatorScope scope = new CoordinatorScope(Set.of("GM9001"), Set.of("Q-SUB"));
        assertThat(query.run(request(Period.YEAR, Grouping.REGION, null), scope, Set.of("Q-SUB")))
                .containsExactly(new Counted("2190", "Q-SUB", 1, 2));
        assertThat(query.run(request(Period.YEAR, Grouping.REGION, null), scope, Set.of())).isEmpty();
    }

    @Test
    void theCaseTypeStrataOfTheFhirReportCountPerCaseTypeAndAreaOrMeetingType() {
        assertThat(query.run(request(Period.YEAR, Grouping.CASE_TYPE_AND_REGION, null), EVERYTHING, null))
                .contains(new Counted("2190", "FAMILY/Q-PARENT", 2, 3), new Counted("2190", "FAMILY/Q-SUB", 1, 2));
        assertThat(query.run(request(Period.YEAR, Grouping.CASE_TYPE_AND_MUNICIPALITY, null), EVERYTHING, null))
                .contains(new Counted("2190", "FAMILY/GM9001", 1, 2));
    }

    @Test
    void aQuarterRangeOverTheTurnOfTheYearAndChosenMunicipalitiesKeepOnlyTheirEvents() {
        IndicatorRequest lastAndFirstQuarter = new IndicatorRequest(PeriodBound.quarter(2190, 4),
                PeriodBound.quarter(2191, 1), Period.QUARTER, Grouping.MUNICIPALITY, null, Set.of("GM9002"));
        assertThat(query.run(lastAndFirstQuarter, EVERYTHING, null)).containsExactlyInAnyOrder(
                new Counted("2190-Q4", "GM9002", 1, 1), new Counted("2191-Q1", "GM9002", 1, 1));
    }

    private static IndicatorRequest request(Period period, Grouping grouping, @Nullable String region) {
        return new IndicatorRequest(2190, 2191, period, grouping, region);
    }

    private void event(LocalDate date, String municipality, Set<String> regions, MeetingType type, String token) {
        events.saveAndFlush(new CountingEvent(date, municipality, regions, type, CaseType.FAMILY, false,
                "query-test-" + token));
    }
}
