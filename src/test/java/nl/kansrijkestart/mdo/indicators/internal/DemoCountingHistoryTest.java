package nl.kansrijkestart.mdo.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kansrijkestart.mdo.indicators.Grouping;
import nl.kansrijkestart.mdo.indicators.IndicatorCell;
import nl.kansrijkestart.mdo.indicators.IndicatorRequest;
import nl.kansrijkestart.mdo.indicators.IndicatorService;
import nl.kansrijkestart.mdo.indicators.Period;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The invented demo history: the coordinator sees numbers for 2024 and 2025 from the README. */
@IntegrationTest
class DemoCountingHistoryTest {

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private DemoCountingHistory history;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theWholeRegionShowsCasesInEveryDemoYearForBothCaseTypes() {
        signedIn.as("coordinator");
        var report = indicators.export(new IndicatorRequest(2024, 2025, Period.YEAR, Grouping.REGION, null));
        assertThat(report.cells()).filteredOn(cell -> cell.group().equals("GELDERLAND-MIDDEN"))
                .extracting(IndicatorCell::period).containsExactly("2024", "2025");
        assertThat(report.cells()).filteredOn(cell -> cell.group().equals("GELDERLAND-MIDDEN"))
                .allSatisfy(cell -> assertThat(cell.cases().value()).isGreaterThan(100));
        assertThat(jdbc.queryForList("SELECT DISTINCT case_type FROM counting_event WHERE period_date < DATE '2026-01-01'"
                + " AND period_date >= DATE '2024-01-01'", String.class)).contains("PREGNANCY", "FAMILY");
    }

    @Test
    void itAddsNothingWhenCountingEventsExist() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM counting_event", Integer.class);
        history.load();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM counting_event", Integer.class)).isEqualTo(before);
    }
}
