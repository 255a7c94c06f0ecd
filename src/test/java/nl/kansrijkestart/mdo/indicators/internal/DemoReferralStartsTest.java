package nl.kansrijkestart.mdo.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kansrijkestart.mdo.cases.BirthPhase;
import nl.kansrijkestart.mdo.indicators.FactIndicatorService;
import nl.kansrijkestart.mdo.indicators.FactRequest;
import nl.kansrijkestart.mdo.indicators.StartCell;
import nl.kansrijkestart.mdo.indicators.SupportDaysCell;
import nl.kansrijkestart.mdo.offer.OfferKind;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The invented demo history of indicators 8 and 12: the coordinator sees figures for 2024 and 2025. */
@IntegrationTest
class DemoReferralStartsTest {

    @Autowired
    private FactIndicatorService indicators;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theWholeRegionShowsStartsPerKindAndDaysToTheLocalTeamInPastYears() {
        signedIn.as("coordinator");
        FactRequest past = new FactRequest(2024, 2025, null);

        assertThat(indicators.supportStarted(past).cells())
                .filteredOn(cell -> cell.group().equals(FactIndicatorService.TOTAL) && !cell.cases().suppressed())
                .extracting(StartCell::period, StartCell::kind, StartCell::phase)
                .contains(org.assertj.core.groups.Tuple.tuple("2024", OfferKind.PRENATAL_HOME_VISIT,
                        BirthPhase.BEFORE_BIRTH), org.assertj.core.groups.Tuple.tuple("2025",
                        OfferKind.STEVIG_OUDERSCHAP, BirthPhase.AFTER_BIRTH));
        assertThat(indicators.daysToSupport(past).cells())
                .filteredOn(cell -> cell.group().equals(FactIndicatorService.TOTAL))
                .extracting(SupportDaysCell::period).containsExactly("2024", "2025");
        assertThat(indicators.daysToSupport(past).cells())
                .filteredOn(cell -> cell.group().equals(FactIndicatorService.TOTAL))
                .allSatisfy(cell -> assertThat(cell.median()).isPositive());
    }
}
