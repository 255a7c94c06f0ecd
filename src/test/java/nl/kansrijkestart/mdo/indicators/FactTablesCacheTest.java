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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The protected tables of indicators 6, 10 and 12 are counted once per indicator and year and kept
 * until a fact of that year is added (or the edition or the regions change). Years 2071–2074 are
 * this test's own.
 */
@IntegrationTest
class FactTablesCacheTest {

    @Autowired
    private FactTables tables;

    @Autowired
    private FactStore store;

    @Autowired
    private RegionService regionService;

    @Autowired
    private SignedIn signedIn;

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
}
