package nl.kansrijkestart.mdo.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.indicators.IndicatorPublication;
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

/** The JSON feed of indicator 7 with local accounts (HTTP Basic). */
@IntegrationTest
class IndicatorFeedApiTest {

    /** The test's years lie in the future: the clock stands on a day they are all published. */
    @Autowired
    private AdjustableClock publicationClock;

    /** A test of the yearly publication switches it on, and it is put back after each test. */
    @Autowired
    private IndicatorPublication publication;

    @BeforeEach
    void publishTheTestYears() {
        publicationClock.publishIndicatorsOf(2199);
    }

    @AfterEach
    void clockBackToNow() {
        publicationClock.reset();
        publication.reset();
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CountingEventRepository events;

    @Test
    void theRunningYearIsListedAsNotYetPublishedWithTheReasonInEveryFormat() throws Exception {
        publication.completeYears();
        String running = "2200";
        discussedIn(Integer.parseInt(running));
        mvc.perform(get("/api/v1/indicators/7").param("from", "2199").param("to", running)
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notYetPublished").value(contains(running)))
                .andExpect(jsonPath("$.notYetPublishedReason").value(containsString("Nog niet gepubliceerd")))
                .andExpect(jsonPath("$.cells[?(@.period == '2200')]").isEmpty());
        mvc.perform(get("/api/v1/indicators/7").param("from", running).header("Accept-Language", "en")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.notYetPublishedReason").value(containsString("the period is still running")));
        mvc.perform(get("/api/v1/indicators/7").param("from", "2199").with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.notYetPublished").isEmpty())
                .andExpect(jsonPath("$.notYetPublishedReason").value(nullValue()));
        mvc.perform(get("/api/v1/indicators/7").param("from", running).accept("text/csv").param("layout", "report")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(content().string(containsString("nog niet gepubliceerd")))
                .andExpect(content().string(containsString("de periode loopt nog")));
        mvc.perform(get("/api/v1/indicators/7").param("from", running).accept("application/fhir+json")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.status").value("pending"))
                .andExpect(content().string(containsString("temp-unknown")));
        mvc.perform(get("/api/v1/indicators/12").param("from", running).with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.notYetPublished").value(contains(running)))
                .andExpect(jsonPath("$.cells").isEmpty())
                .andExpect(jsonPath("$.notYetPublishedReason").value(containsString("1 februari")));
    }

    @Test
    void byDefaultTheRunningYearIsPublishedAsItStandsWithTheColumnsOfBefore() throws Exception {
        String running = "2200";
        discussedIn(Integer.parseInt(running));
        mvc.perform(get("/api/v1/indicators/7").param("from", running)
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notYetPublished").isEmpty())
                .andExpect(jsonPath("$.notYetPublishedReason").value(nullValue()))
                .andExpect(jsonPath("$.cells[?(@.period == '2200')]").isNotEmpty());
        mvc.perform(get("/api/v1/indicators/7").param("from", running)
                        .accept("text/csv").with(httpBasic("coordinator", "demo")))
                .andExpect(content().string(startsWith(
                        "indicator,period,grouping,group,measure,value,suppressed,threshold\r\n")))
                .andExpect(content().string(not(containsString("published"))));
        mvc.perform(get("/api/v1/indicators/7").param("from", running).param("layout", "report").accept("text/csv")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(content().string(not(containsString("nog niet gepubliceerd"))));
    }

    private void discussedIn(int year) {
        for (int patient = 0; patient < 12; patient++) {
            events.saveAndFlush(new CountingEvent(LocalDate.of(year, 1, 5), "GM0202", Set.of("GELDERLAND-MIDDEN"),
                    MeetingType.POP, CaseType.PREGNANCY, false, "running-" + year + "-" + patient));
        }
    }

    @Test
    void aCoordinatorGetsCountsPerMunicipalityWithSmallCellsAndTheirComplementAsFlaggedNulls() throws Exception {
        int year = 2160 + ThreadLocalRandom.current().nextInt(10);
        for (int patient = 0; patient < 14; patient++) {
            discussed(LocalDate.of(year, 3, 1), "GM0228", "feed-large-" + year + "-" + patient);
        }
        for (int patient = 0; patient < 12; patient++) {
            discussed(LocalDate.of(year, 3, 1), "GM0203", "feed-complement-" + year + "-" + patient);
        }
        for (int patient = 0; patient < 2; patient++) {
            discussed(LocalDate.of(year, 3, 1), "GM0289", "feed-small-" + year + "-" + patient);
        }

        mvc.perform(get("/api/v1/indicators/7").param("from", String.valueOf(year)).param("to", String.valueOf(year))
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator").value("7"))
                .andExpect(jsonPath("$.suppressionThreshold").value(10))
                .andExpect(jsonPath("$.cells[?(@.group == 'GM0289')].casesSuppressed").value(true))
                .andExpect(jsonPath("$.cells[?(@.group == 'GM0289')].cases").value(contains(nullValue())))
                // One complement in the yearly line, the smallest that brings the hidden cells to k:
                // Wageningen's 2 may then be anything from 0 to 14; Ede's 14 stays shown.
                .andExpect(jsonPath("$.cells[?(@.group == 'GM0203')].casesSuppressed").value(true))
                .andExpect(jsonPath("$.cells[?(@.group == 'GM0228')].cases").value(contains(14)))
                .andExpect(content().string(not(containsString("feed-"))))
                .andExpect(content().string(not(containsString("KS-"))));
    }

    @Test
    void invalidParametersAreRefusedWithEveryReason() throws Exception {
        mvc.perform(get("/api/v1/indicators/7").param("from", "twintig").param("period", "week")
                        .param("grouping", "postcode").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("from", "period", "grouping")));
        mvc.perform(get("/api/v1/indicators/7").param("from", "2026").param("to", "2024").param("region", "NERGENS")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(
                        containsInAnyOrder("indicator.years-reversed", "indicator.region-unknown")));
    }

    @Test
    void aQuarterRangeAcrossTheTurnOfTheYearIsCountedPerQuarterWithinTheRangeOnly() throws Exception {
        for (int patient = 0; patient < 11; patient++) {
            discussed(LocalDate.of(2094, 6, 30), "GM0221", "feed-june-" + patient);
            discussed(LocalDate.of(2094, 7, 1), "GM0221", "feed-july-" + patient);
            discussed(LocalDate.of(2095, 3, 31), "GM0221", "feed-march-" + patient);
            discussed(LocalDate.of(2095, 4, 1), "GM0221", "feed-april-" + patient);
        }
        mvc.perform(get("/api/v1/indicators/7").param("from", "2094-Q3").param("to", "2095-Q1")
                        .param("municipality", "gm0221").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("QUARTER"))
                .andExpect(jsonPath("$.fromPeriod").value("2094-Q3"))
                .andExpect(jsonPath("$.toPeriod").value("2095-Q1"))
                .andExpect(jsonPath("$.municipalities").value(contains("GM0221")))
                // A municipality's quarters are withheld (its year is the report's figure).
                .andExpect(jsonPath("$.cells[*].period").value(contains("2094-Q3", "2094-Q4", "2095-Q1")))
                .andExpect(jsonPath("$.cells[*].casesSuppressed").value(contains(true, true, true)));
        // Doesburg's region (the only one these events carry) counts the same cases, and a region's
        // quarters and months are published.
        mvc.perform(get("/api/v1/indicators/7").param("from", "2094-Q3").param("to", "2095-Q1")
                        .param("region", "GELDERLAND-MIDDEN").param("grouping", "region").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cells[*].period").value(contains("2094-Q3", "2095-Q1")))
                .andExpect(jsonPath("$.cells[*].cases").value(contains(11, 11)));
        mvc.perform(get("/api/v1/indicators/7").param("from", "2095-03").param("to", "2095-04")
                        .param("region", "GELDERLAND-MIDDEN").param("grouping", "region").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cells[*].period").value(contains("2095-03", "2095-04")));
    }

    @Test
    void wrongRangesAreRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/indicators/7").param("from", "2025-Q5").param("to", "2025-13")
                        .param("municipality", "GM9999").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("from", "to")));
        mvc.perform(get("/api/v1/indicators/7").param("from", "2025-Q2").param("to", "2025-Q1")
                        .param("municipality", "GM9999").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(
                        containsInAnyOrder("indicator.range-reversed", "indicator.municipality-unknown")));
        mvc.perform(get("/api/v1/indicators/7").param("from", "2025-Q2").param("to", "2026-Q1")
                        .param("period", "year").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("period")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Kies kwartalen of maanden")));
    }

    @Test
    void professionalsAndChairsAreForbiddenAndStrangersUnauthorized() throws Exception {
        for (String user : new String[] {"verloskundige", "voorzitter"}) {
            mvc.perform(get("/api/v1/indicators/7").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.title").value("Geen toegang"));
        }
        mvc.perform(get("/api/v1/indicators/7")).andExpect(status().isUnauthorized());
    }

    private void discussed(LocalDate date, String municipality, String token) {
        events.saveAndFlush(new CountingEvent(date, municipality, Set.of("GELDERLAND-MIDDEN"), MeetingType.POP,
                CaseType.FAMILY, false, token));
    }
}
