package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.indicators.FactQuery.Days;
import nl.kansrijkestart.mdo.indicators.FactQuery.Share;
import nl.kansrijkestart.mdo.indicators.internal.FactStore;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The grouped queries of indicators 6, 10 and 12 on H2 and on PostgreSQL (V055, percentiles). */
@DatabaseTest
@Import({FactQuery.class, FactStore.class})
class FactQueryTest {

    private static final FactRequest YEARS = new FactRequest(2190, 2191, null);
    private static final LocalDate ALL_RECORDED = LocalDate.of(2200, 1, 1);

    @Autowired
    private FactQuery query;

    @Autowired
    private FactStore store;

    @BeforeEach
    void facts() {
        store.assessment(LocalDate.of(2190, 1, 5), "GM9001", CaseType.PREGNANCY, Discipline.MIDWIFE, true);
        store.assessment(LocalDate.of(2190, 3, 5), "GM9001", CaseType.PREGNANCY, Discipline.MIDWIFE, false);
        store.assessment(LocalDate.of(2190, 3, 5), "GM9001", CaseType.PREGNANCY, Discipline.JGZ, true);
        store.assessment(LocalDate.of(2191, 3, 5), "GM9002", CaseType.FAMILY, Discipline.MIDWIFE, true);
        store.discussion(LocalDate.of(2190, 2, 1), "GM9001", CaseType.PREGNANCY, "a", false);
        store.discussion(LocalDate.of(2190, 9, 1), "GM9001", CaseType.PREGNANCY, "a", true);
        store.discussion(LocalDate.of(2190, 9, 1), "GM9002", CaseType.FAMILY, "b", false);
        for (int days : new int[] {4, 1, 10, 7}) {
            store.firstDiscussion(LocalDate.of(2190, 6, days), days < 5 ? "GM9001" : "GM9002", CaseType.FAMILY, days);
        }
    }

    @Test
    void indicatorSixCountsMidwivesResultsPerYearAndMunicipalityAndForTheSelection() {
        assertThat(query.shares(FactIndicator.VALIDATED_INSTRUMENTS, YEARS, ALL_RECORDED, null, true))
                .containsExactlyInAnyOrder(new Share(2190, "GM9001", 2, 1), new Share(2191, "GM9002", 1, 1));
        assertThat(query.shares(FactIndicator.VALIDATED_INSTRUMENTS, YEARS, ALL_RECORDED, Set.of("GM9002"), false))
                .containsExactly(new Share(2191, FactIndicatorService.TOTAL, 1, 1));
    }

    @Test
    void indicatorTenCountsDistinctCasesAndThoseWithASocialDomainCaseDirector() {
        assertThat(query.shares(FactIndicator.SOCIAL_CASE_DIRECTORS, YEARS, ALL_RECORDED, null, false))
                .containsExactly(new Share(2190, FactIndicatorService.TOTAL, 2, 1));
    }

    @Test
    void indicatorTwelveGivesTheMedianAndQuartilesInTheDatabase() {
        assertThat(query.days(YEARS, ALL_RECORDED, null, false))
                .containsExactly(new Days(2190, FactIndicatorService.TOTAL, 4, 5.5, 3.25, 7.75));
        assertThat(query.days(YEARS, ALL_RECORDED, null, true)).containsExactlyInAnyOrder(
                new Days(2190, "GM9001", 2, 2.5, 1.75, 3.25), new Days(2190, "GM9002", 2, 8.5, 7.75, 9.25));
    }
}
