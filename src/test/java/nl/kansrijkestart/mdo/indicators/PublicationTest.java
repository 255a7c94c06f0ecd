package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The setting mdo.indicators.publication: the running year as it stands, or complete years only. */
class PublicationTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Clock DECEMBER_2026 = Clock.fixed(
            ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, AMSTERDAM).toInstant(), AMSTERDAM);

    @Test
    void runningPublishesTheRunningYearAsItStandsTodayIncluded() {
        Publication publication = new Publication(DECEMBER_2026, "running");

        assertThat(publication.completeYearsOnly()).isFalse();
        assertThat(publication.recordedBefore(2026)).contains(LocalDate.of(2026, 12, 8));
        assertThat(publication.recordedBefore(2025)).contains(LocalDate.of(2026, 12, 8));
    }

    @Test
    void completeYearsPublishesAYearOnlyFromItsPublicationDayAndFromWhatWasRecordedBefore() {
        Publication publication = new Publication(DECEMBER_2026, " Complete-Years ");

        assertThat(publication.completeYearsOnly()).isTrue();
        assertThat(publication.published(2026)).isFalse();
        assertThat(publication.recordedBefore(2025)).contains(LocalDate.of(2026, 2, 1));
    }

    @Test
    void aTestSwitchesTheModeAndPutsTheSettingBack() {
        Publication publication = new Publication(DECEMBER_2026, "running");

        publication.use(Publication.Mode.COMPLETE_YEARS);
        assertThat(publication.published(2026)).isFalse();
        publication.reset();
        assertThat(publication.published(2026)).isTrue();
    }

    @Test
    void anUnknownSettingStopsTheStartWithTheTwoValuesItMayHave() {
        assertThatThrownBy(() -> new Publication(DECEMBER_2026, "monthly"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mdo.indicators.publication").hasMessageContaining("'running'")
                .hasMessageContaining("'complete-years'");
    }
}
