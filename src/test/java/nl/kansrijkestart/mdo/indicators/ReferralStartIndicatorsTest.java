package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.indicators.FactQuery.Starts;
import nl.kansrijkestart.mdo.indicators.FactQuery.SupportDays;
import nl.kansrijkestart.mdo.indicators.internal.FactStore;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Indicators 8 and 12 (by the report's definition) from the facts of started referrals (V103), counted
 * and suppressed like the other fact indicators, on H2 and on PostgreSQL.
 */
@DatabaseTest
@Import({FactQuery.class, FactStore.class, FactTables.class})
class ReferralStartIndicatorsTest {

    /** Every start recorded so far counts (the default publication of the running year). */
    private static final LocalDate EVERYTHING = LocalDate.of(9999, 1, 1);

    private static final FactRequest YEAR = new FactRequest(2192, 2192, null);

    @Autowired
    private FactQuery query;

    @Autowired
    private FactTables tables;

    @Autowired
    private FactStore store;

    @BeforeEach
    void facts() {
        LocalDate day = LocalDate.of(2192, 4, 1);
        for (int i = 0; i < 12; i++) {
            store.referralStart(day, "GM9101", CaseType.PREGNANCY, "STEVIG_OUDERSCHAP", "BEFORE_BIRTH", i, true, false);
            store.referralStart(day, "GM9101", CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT", "AFTER_BIRTH", 10 + i, true, true);
        }
        for (int i = 0; i < 3; i++) {
            store.referralStart(day, "GM9102", CaseType.PREGNANCY, "STEVIG_OUDERSCHAP", "BEFORE_BIRTH", 5, true, false);
        }
        store.referralStart(day, "GM9102", CaseType.PREGNANCY, "STEVIG_OUDERSCHAP", "AFTER_BIRTH", 30, true, false);
        store.referralStart(day, "GM9101", CaseType.PREGNANCY, "STEVIG_OUDERSCHAP", "BEFORE_BIRTH", 40, false, false);
        store.referralStart(day, "GM9102", CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT", "AFTER_BIRTH", 90, true, true);
        store.referralStart(day, "GM9102", CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT", "AFTER_BIRTH", 99, false, false);
    }

    @Test
    void indicatorEightCountsEachFamilysFirstStartOfAKindPerPhaseAroundTheBirth() {
        assertThat(query.starts(YEAR, EVERYTHING, null, false)).containsExactlyInAnyOrder(
                new Starts(2192, FactIndicatorService.TOTAL, "STEVIG_OUDERSCHAP", "BEFORE_BIRTH", 15),
                new Starts(2192, FactIndicatorService.TOTAL, "STEVIG_OUDERSCHAP", "AFTER_BIRTH", 1),
                new Starts(2192, FactIndicatorService.TOTAL, "SOCIAL_TEAM_SUPPORT", "AFTER_BIRTH", 13));
        assertThat(query.starts(YEAR, EVERYTHING, null, true)).contains(
                new Starts(2192, "GM9101", "STEVIG_OUDERSCHAP", "BEFORE_BIRTH", 12),
                new Starts(2192, "GM9102", "STEVIG_OUDERSCHAP", "BEFORE_BIRTH", 3));
    }

    @Test
    void indicatorTwelveGivesTheMedianAndMeanDaysToTheFirstSupportOfTheLocalTeam() {
        assertThat(query.supportDays(YEAR, EVERYTHING, null, true)).containsExactlyInAnyOrder(
                new SupportDays(2192, "GM9101", 12, 15.5, 15.5), new SupportDays(2192, "GM9102", 1, 90.0, 90.0));
        assertThat(query.supportDays(YEAR, EVERYTHING, null, false)).singleElement().satisfies(total -> {
            assertThat(total.cases()).isEqualTo(13);
            assertThat(total.median()).isEqualTo(16.0);
            assertThat(total.mean()).isCloseTo((12 * 15.5 + 90) / 13, org.assertj.core.data.Offset.offset(0.001));
        });
    }

    @Test
    void aSmallMunicipalityIsHiddenWithAComplementSoTheTotalCannotGiveItBack() {
        for (int i = 0; i < 20; i++) {
            store.referralStart(LocalDate.of(2192, 5, 1), "GM9103", CaseType.PREGNANCY, "STEVIG_OUDERSCHAP",
                    "BEFORE_BIRTH", i, true, false);
            store.referralStart(LocalDate.of(2192, 5, 1), "GM9103", CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT",
                    "AFTER_BIRTH", i, true, true);
        }
        Map<String, FactTables.Table<Starts>> starts = tables.starts(2192, EVERYTHING, List.of());
        FactTables.Table<Starts> before = starts.get("STEVIG_OUDERSCHAP/BEFORE_BIRTH");
        assertThat(before.rows().get(ProtectedTable.ALL).starts()).isEqualTo(35);
        assertThat(before.hidden()).contains("GM9102").doesNotContain(ProtectedTable.ALL);
        assertThat(before.hidden().stream().filter(area -> !area.equals("GM9102"))
                .mapToLong(area -> before.rows().get(area).starts()).sum())
                .as("the complements hold at least k, so the shown total cannot give the small count back")
                .isGreaterThanOrEqualTo(10);
        assertThat(starts.get("STEVIG_OUDERSCHAP/AFTER_BIRTH").hidden()).contains(ProtectedTable.ALL, "GM9102");

        FactTables.Table<SupportDays> days = tables.supportDays(2192, EVERYTHING, List.of()).orElseThrow();
        assertThat(days.hidden()).contains("GM9102").doesNotContain(ProtectedTable.ALL);
        assertThat(days.hidden().stream().filter(area -> !area.equals("GM9102"))
                .mapToLong(area -> days.rows().get(area).cases()).sum()).isGreaterThanOrEqualTo(10);
    }
}
