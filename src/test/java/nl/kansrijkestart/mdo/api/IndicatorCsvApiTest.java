package nl.kansrijkestart.mdo.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.indicators.internal.CountingEvent;
import nl.kansrijkestart.mdo.indicators.internal.CountingEventRepository;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The indicator feed as CSV download: the report layout and the long layout, UTF-8. */
@IntegrationTest
class IndicatorCsvApiTest {

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

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CountingEventRepository events;

    @Test
    void theReportLayoutHasTheRegionalReportsRowsAndAColumnPerYear() throws Exception {
        int year = 2195 + ThreadLocalRandom.current().nextInt(5);
        for (int patient = 0; patient < 11; patient++) {
            events.saveAndFlush(new CountingEvent(LocalDate.of(year, 9, 1), "GM0228", Set.of("GELDERLAND-MIDDEN"),
                    MeetingType.POP, CaseType.PREGNANCY, false, "csv-" + year + "-" + patient));
        }
        mvc.perform(get("/api/v1/indicators/7").accept("text/csv").param("from", String.valueOf(year))
                        .param("grouping", "caseAndMeetingType").param("layout", "report")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("indicator-7-report.csv")))
                .andExpect(content().encoding("UTF-8"))
                .andExpect(content().string(startsWith("Indicator," + year + "\r\n")))
                .andExpect(content().string(containsString("Aantal zwangeren in het POP-overleg,11\r\n")));
    }

    @Test
    void theLongLayoutStartsWithItsDocumentedColumnsAndAProfessionalIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/indicators/7").accept("text/csv").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith(
                        "indicator,period,grouping,group,measure,value,suppressed,threshold\r\n")));
        mvc.perform(get("/api/v1/indicators/7").accept("text/csv").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isForbidden());
    }
}
