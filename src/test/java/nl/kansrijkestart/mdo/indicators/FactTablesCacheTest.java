package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.indicators.internal.FactStore;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The protected tables of indicators 6, 8, 10, 12 and 12 by the report are counted once per
 * indicator and year and kept until a fact of that year is added or removed (or the edition or the
 * regions change). Years 2071–2074 and 2143–2144 are this test's own. Tagged {@code database}: it
 * runs on H2 and on PostgreSQL, there in a test context of its own (it needs the demo accounts).
 */
@IntegrationTest
@Tag("database")
@TestPropertySource(properties = "mdo.test.context=fact-tables-cache")
class FactTablesCacheTest {

    @Autowired
    private FactTables tables;

    @Autowired
    private FactStore store;

    @Autowired
    private RegionService regionService;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        signedIn.as("coordinator");
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void anUnchangedYearIsServedFromTheKeptTableAndANewFactOfThatYearChangesTheAnswer() {
        int year = 2071;
        LocalDate edition = Publication.day(year);
        List<RegionSummary> regions = regionService.regions();
        for (int i = 0; i < 12; i++) {
            store.assessment(LocalDate.of(year, 3, 1), "GM0228", CaseType.PREGNANCY, Discipline.MIDWIFE, i < 10);
        }

        var first = tables.shares(FactIndicator.VALIDATED_INSTRUMENTS, year, edition, regions).orElseThrow();
        var again = tables.shares(FactIndicator.VALIDATED_INSTRUMENTS, year, edition, regions).orElseThrow();
        store.assessment(LocalDate.of(2074, 3, 1), "GM0228", CaseType.PREGNANCY, Discipline.MIDWIFE, true);
        var afterAnotherYearsFact = tables.shares(FactIndicator.VALIDATED_INSTRUMENTS, year, edition, regions)
                .orElseThrow();
        store.assessment(LocalDate.of(year, 5, 1), "GM0228", CaseType.PREGNANCY, Discipline.MIDWIFE, true);
        var afterANewFact = tables.shares(FactIndicator.VALIDATED_INSTRUMENTS, year, edition, regions).orElseThrow();

        assertThat(again).as("the same year unchanged: the kept table").isSameAs(first);
        assertThat(afterAnotherYearsFact).as("a fact of another year changes nothing of this one").isSameAs(first);
        assertThat(first.rows().get("GM0228").total()).isEqualTo(12);
        assertThat(afterANewFact.rows().get("GM0228").total()).as("counted again with the new fact").isEqualTo(13);
        assertThat(afterANewFact.rows().get("GM0228").part()).isEqualTo(11);
    }

    @Test
    void eachIndicatorKeepsItsOwnTableAndAFactRecordedAfterThePublicationDayIsNotCounted() {
        int year = 2072;
        LocalDate edition = Publication.day(year);
        List<RegionSummary> regions = regionService.regions();
        for (int i = 0; i < 11; i++) {
            store.discussion(LocalDate.of(year, 4, 2), "GM0289", CaseType.FAMILY, UUID.randomUUID().toString(), i < 5);
            store.firstDiscussion(LocalDate.of(year, 4, 2), "GM0289", CaseType.FAMILY, 7 + i);
        }
        var directors = tables.shares(FactIndicator.SOCIAL_CASE_DIRECTORS, year, edition, regions).orElseThrow();
        var days = tables.days(year, edition, regions).orElseThrow();

        store.firstDiscussion(LocalDate.of(year, 12, 30), edition, "GM0289", CaseType.FAMILY, 3);
        var daysAfterALateFact = tables.days(year, edition, regions).orElseThrow();

        assertThat(tables.shares(FactIndicator.SOCIAL_CASE_DIRECTORS, year, edition, regions).orElseThrow())
                .as("a first discussion is not a fact of indicator 10").isSameAs(directors);
        assertThat(daysAfterALateFact).as("the year's facts changed, so it was counted again").isNotSameAs(days);
        assertThat(daysAfterALateFact.rows().get("GM0289").cases()).as("recorded on the publication day: late")
                .isEqualTo(11);
        assertThat(tables.days(year, edition.plusDays(1), regions).orElseThrow().rows().get("GM0289").cases())
                .as("an edition of a day later would hold it").isEqualTo(12);
    }

    @Test
    void aYearWithoutFactsHasNoTable() {
        assertThat(tables.days(2073, Publication.day(2073), regionService.regions())).isEmpty();
    }

    @Test
    void theStartsOfAYearAreKeptUntilAStartOfThatYearIsAddedOrTakenAway() {
        int year = 2143;
        LocalDate edition = Publication.day(year);
        List<RegionSummary> regions = regionService.regions();
        for (int i = 0; i < 12; i++) {
            store.referralStart(LocalDate.of(year, 3, 1), "GM0228", CaseType.PREGNANCY, "STEVIG_OUDERSCHAP",
                    "BEFORE_BIRTH", 20 + i, true, false);
            store.referralStart(LocalDate.of(year, 3, 1), "GM0228", CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT",
                    "AFTER_BIRTH", 10 + i, true, true);
        }

        var starts = tables.starts(year, edition, regions);
        var days = tables.supportDays(year, edition, regions).orElseThrow();
        store.referralStart(LocalDate.of(2144, 3, 1), "GM0228", CaseType.PREGNANCY, "STEVIG_OUDERSCHAP",
                "BEFORE_BIRTH", 5, true, false);
        assertThat(tables.starts(year, edition, regions)).as("unchanged, and a start of another year changes nothing")
                .isSameAs(starts);
        assertThat(tables.supportDays(year, edition, regions).orElseThrow()).isSameAs(days);
        assertThat(starts.get("STEVIG_OUDERSCHAP/BEFORE_BIRTH").rows().get("GM0228").starts()).isEqualTo(12);
        assertThat(days.rows().get("GM0228").cases()).isEqualTo(12);

        store.referralStart(LocalDate.of(year, 9, 1), "GM0228", CaseType.PREGNANCY, "STEVIG_OUDERSCHAP",
                "BEFORE_BIRTH", 7, true, false);
        store.referralStart(LocalDate.of(year, 9, 1), "GM0228", CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT",
                "AFTER_BIRTH", 90, true, true);
        var afterNewStarts = tables.starts(year, edition, regions);
        var daysAfterNewStarts = tables.supportDays(year, edition, regions).orElseThrow();
        assertThat(afterNewStarts).as("a new start of the year: counted again").isNotSameAs(starts);
        assertThat(afterNewStarts.get("STEVIG_OUDERSCHAP/BEFORE_BIRTH").rows().get("GM0228").starts()).isEqualTo(13);
        assertThat(daysAfterNewStarts.rows().get("GM0228").cases()).isEqualTo(13);
        assertThat(daysAfterNewStarts.rows().get("GM0228").median()).isEqualTo(16.0);

        // Erasing a case leaves its facts as they are (they name no case); should a start of the year
        // ever be taken away, its table is counted again too, as the number of the year's starts drops.
        jdbc.update("DELETE FROM referral_start_fact WHERE period_date = ? AND days_waited = 90",
                LocalDate.of(year, 9, 1));
        var afterOneTakenAway = tables.supportDays(year, edition, regions).orElseThrow();
        assertThat(afterOneTakenAway).isNotSameAs(daysAfterNewStarts);
        assertThat(afterOneTakenAway.rows().get("GM0228").cases()).isEqualTo(12);
        assertThat(afterOneTakenAway.rows().get("GM0228").median()).isEqualTo(15.5);
        assertThat(tables.starts(year, edition, regions).get("STEVIG_OUDERSCHAP/BEFORE_BIRTH").rows().get("GM0228")
                .starts()).isEqualTo(13);
    }

    @Test
    void indicatorEightAndTwelveByTheReportKeepTablesOfTheirOwnAndALateStartIsNotCounted() {
        int year = 2144;
        LocalDate edition = Publication.day(year);
        List<RegionSummary> regions = regionService.regions();
        for (int i = 0; i < 11; i++) {
            store.referralStart(LocalDate.of(year, 4, 2), "GM0289", CaseType.PREGNANCY, "VOORZORG", "BEFORE_BIRTH",
                    30, true, false);
        }
        var starts = tables.starts(year, edition, regions);
        assertThat(tables.supportDays(year, edition, regions)).as("no start of the local team yet").isEmpty();
        assertThat(tables.starts(year, edition, regions)).as("its own table, kept").isSameAs(starts);

        store.referralStart(LocalDate.of(year, 12, 30), edition, "GM0289", CaseType.PREGNANCY, "VOORZORG",
                "BEFORE_BIRTH", 30, true, false);
        var afterALateStart = tables.starts(year, edition, regions);

        assertThat(afterALateStart).as("the year's starts changed, so it was counted again").isNotSameAs(starts);
        assertThat(afterALateStart.get("VOORZORG/BEFORE_BIRTH").rows().get("GM0289").starts())
                .as("recorded on the publication day: late").isEqualTo(11);
        assertThat(tables.starts(year, edition.plusDays(1), regions).get("VOORZORG/BEFORE_BIRTH").rows()
                .get("GM0289").starts()).as("an edition of a day later would hold it").isEqualTo(12);
    }
}
