package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The report layout of the CSV lists every row of its grouping, also those without a discussion
 * (0): Arnhem beside Ede, a region without meetings, every case and meeting type. The long (machine)
 * layout is the same bytes whatever language the client asks for.
 */
@IntegrationTest
class IndicatorCsvZeroRowsApiTest {

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

    /** A year of this class's own, far from the others' and from real data. */
    private static final int YEAR = 2170 + ThreadLocalRandom.current().nextInt(10);

    private static boolean seeded;

    private final int year = YEAR;

    @BeforeEach
    void elevenPregnanciesDiscussedInEde() {
        if (!seeded) {
            seeded = true;
            for (int patient = 0; patient < 11; patient++) {
                events.saveAndFlush(new CountingEvent(LocalDate.of(year, 3, 1), "GM0228",
                        Set.of("GELDERLAND-MIDDEN", "GELDERSE-VALLEI"), MeetingType.POP, CaseType.PREGNANCY, false,
                        "zero-" + year + "-" + patient));
            }
        }
    }

    @Test
    void aMunicipalityWithoutDiscussionsHasARowWithZero() throws Exception {
        mvc.perform(report("municipality"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("GM0228: aantal casussen,11\r\n")))
                .andExpect(content().string(containsString("GM0202: aantal casussen,0\r\n")))
                .andExpect(content().string(containsString("GM0202: aantal besprekingen,0\r\n")));
    }

    @Test
    void aRegionWithoutMeetingsHasItsRowsNotOnlyAHeader() throws Exception {
        mvc.perform(report("region").param("region", "OOST"))
                .andExpect(status().isOk())
                .andExpect(content().string("Indicator," + year + "\r\nOOST: aantal casussen,0\r\n"
                        + "OOST: aantal besprekingen,0\r\n"));
    }

    @Test
    void everyCaseAndMeetingTypeHasARow() throws Exception {
        mvc.perform(report("caseAndMeetingType"))
                .andExpect(content().string(containsString("Aantal zwangeren in het POP-overleg,11\r\n")))
                .andExpect(content().string(containsString("Aantal zwangeren in het MDO Kwetsbaar Zwanger,0\r\n")))
                .andExpect(content().string(containsString("Aantal besprekingen van gezinnen in het POP-overleg,0\r\n")));
    }

    @Test
    void theLongLayoutDoesNotDependOnTheLanguageAsked() throws Exception {
        String dutch = mvc.perform(get("/api/v1/indicators/7").accept("text/csv").param("from", String.valueOf(year))
                        .header("Accept-Language", "nl").with(httpBasic("coordinator", "demo")))
                .andReturn().getResponse().getContentAsString();
        String english = mvc.perform(get("/api/v1/indicators/7").accept("text/csv").param("from", String.valueOf(year))
                        .header("Accept-Language", "en").with(httpBasic("coordinator", "demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).isEqualTo(dutch).contains("7," + year + ",MUNICIPALITY,GM0228,cases,11,false,10");
        mvc.perform(report("municipality").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("GM0202: number of cases,0\r\n")))
                .andExpect(content().string(not(containsString("aantal"))));
    }

    private MockHttpServletRequestBuilder report(String grouping) {
        return get("/api/v1/indicators/7").accept("text/csv").param("from", String.valueOf(year))
                .param("grouping", grouping).param("layout", "report").with(httpBasic("coordinator", "demo"));
    }
}
