package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.indicators.internal.FactStore;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The JSON and CSV of indicators 6, 10 and 12, and the JSON, CSV and FHIR MeasureReport of 8 and 12
 * by the report, with local accounts (HTTP Basic); years 2000–2019, 2089 and 2147 are its own.
 */
@IntegrationTest
class FactIndicatorApiTest {

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
    private FactStore store;

    @Test
    void indicatorSixAnswersSharesPerMunicipalityAndTheSelectionWithSmallCellsAsFlaggedNulls() throws Exception {
        int year = 2000 + ThreadLocalRandom.current().nextInt(20);
        for (int i = 0; i < 30; i++) {
            store.assessment(LocalDate.of(year, 3, 1), "GM0228", CaseType.PREGNANCY, Discipline.MIDWIFE, i < 18);
        }
        for (int i = 0; i < 2; i++) {
            store.assessment(LocalDate.of(year, 3, 1), "GM0289", CaseType.FAMILY, Discipline.MIDWIFE, true);
        }

        mvc.perform(get("/api/v1/indicators/6").param("from", String.valueOf(year)).param("to", String.valueOf(year))
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator").value("6"))
                .andExpect(jsonPath("$.suppressionThreshold").value(10))
                // GM0289's 2 needs complements holding k without it; GM0228 alone is not that, so
                // Gelderse Vallei and the total (here the same 32) hide with them.
                .andExpect(jsonPath("$.cells[?(@.group == 'TOTAL')].suppressed").value(contains(true)))
                .andExpect(jsonPath("$.cells[?(@.group == 'TOTAL')].total").value(contains(nullValue())))
                .andExpect(jsonPath("$.cells[?(@.group == 'GM0289')].suppressed").value(contains(true)))
                .andExpect(jsonPath("$.cells[?(@.group == 'GM0289')].part").value(contains(nullValue())))
                .andExpect(jsonPath("$.cells[?(@.group == 'GM0228')].suppressed").value(contains(true)));
    }

    @Test
    void indicatorsTenAndTwelveAnswerTheirOwnMeasures() throws Exception {
        int year = 2000 + ThreadLocalRandom.current().nextInt(20);
        for (int i = 0; i < 20; i++) {
            store.discussion(LocalDate.of(year, 9, 1), "GM0203", CaseType.FAMILY, UUID.randomUUID().toString(), i < 10);
            store.firstDiscussion(LocalDate.of(year, 9, 1), "GM0203", CaseType.FAMILY, 7);
        }

        mvc.perform(get("/api/v1/indicators/10").param("from", String.valueOf(year)).param("region", "GELDERSE-VALLEI")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator").value("10"))
                .andExpect(jsonPath("$.region").value("GELDERSE-VALLEI"))
                .andExpect(jsonPath("$.cells[?(@.group == 'GM0203')].percentage").value(contains(50.0)));
        mvc.perform(get("/api/v1/indicators/12").param("from", String.valueOf(year))
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator").value("12"))
                .andExpect(jsonPath("$.cells[?(@.group == 'GM0203')].medianDays").value(contains(7.0)))
                .andExpect(jsonPath("$.cells[?(@.group == 'GM0203')].cases").value(contains(20)));
    }

    @Test
    void eachIndicatorComesAsCsvWithOneRowPerYearAndGroupAndEmptyNumbersWhereSuppressed() throws Exception {
        int year = 2089;
        for (int i = 0; i < 30; i++) {
            store.assessment(LocalDate.of(year, 3, 1), "GM0228", CaseType.PREGNANCY, Discipline.MIDWIFE, i < 18);
            store.discussion(LocalDate.of(year, 3, 1), "GM0228", CaseType.PREGNANCY, UUID.randomUUID().toString(),
                    i < 12);
            store.firstDiscussion(LocalDate.of(year, 3, 1), "GM0228", CaseType.PREGNANCY, i < 15 ? 10 : 20);
        }
        for (int i = 0; i < 2; i++) {
            store.assessment(LocalDate.of(year, 3, 1), "GM0289", CaseType.FAMILY, Discipline.MIDWIFE, true);
        }

        assertThat(csv("6", year)).isEqualTo("""
                indicator,period,group,total,part,percentage,suppressed,threshold\r
                6,2089,TOTAL,,,,true,10\r
                6,2089,GM0228,,,,true,10\r
                6,2089,GM0289,,,,true,10\r
                """);
        assertThat(csv("10", year)).isEqualTo("""
                indicator,period,group,total,part,percentage,suppressed,threshold\r
                10,2089,TOTAL,30,12,40.0,false,10\r
                10,2089,GM0228,30,12,40.0,false,10\r
                """);
        assertThat(csv("12", year)).isEqualTo("""
                indicator,period,group,cases,median_days,lower_quartile_days,upper_quartile_days,suppressed,threshold\r
                12,2089,TOTAL,30,15.0,10.0,20.0,false,10\r
                12,2089,GM0228,30,15.0,10.0,20.0,false,10\r
                """);
        mvc.perform(get("/api/v1/indicators/12").param("from", "twintig").accept("text/csv")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indicators/6").accept("text/csv").with(httpBasic("voorzitter", "demo")))
                .andExpect(status().isForbidden());
    }

    private String csv(String indicator, int year) throws Exception {
        return mvc.perform(get("/api/v1/indicators/" + indicator).param("from", String.valueOf(year))
                        .accept("text/csv").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"indicator-" + indicator
                        + ".csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void indicatorsEightAndTwelveByTheReportComeAsJsonCsvAndFhirWithTheSameCells() throws Exception {
        int year = 2147;
        for (int i = 0; i < 25; i++) {
            store.referralStart(LocalDate.of(year, 3, 1), "GM0202", CaseType.PREGNANCY, "STEVIG_OUDERSCHAP",
                    "BEFORE_BIRTH", 40, true, false);
        }
        for (int i = 0; i < 4; i++) {
            store.referralStart(LocalDate.of(year, 3, 1), "GM0202", CaseType.FAMILY, "STEVIG_OUDERSCHAP",
                    "AFTER_BIRTH", 40, true, false);
        }
        for (int i = 0; i < 12; i++) {
            store.referralStart(LocalDate.of(year, 5, 1), "GM0202", CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT",
                    "AFTER_BIRTH", 10 + i, false, true);
        }

        mvc.perform(get("/api/v1/indicators/8").param("from", String.valueOf(year))
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator").value("8"))
                .andExpect(jsonPath("$.notYetPublished").isEmpty())
                .andExpect(jsonPath("$.cells[?(@.group == 'TOTAL' && @.phase == 'BEFORE_BIRTH')].cases")
                        .value(contains(25)))
                .andExpect(jsonPath("$.cells[?(@.group == 'TOTAL' && @.phase == 'AFTER_BIRTH')].cases")
                        .value(contains(nullValue())));
        assertThat(csv("8", year)).isEqualTo("""
                indicator,period,group,kind,phase,cases,suppressed,threshold\r
                8,2147,TOTAL,STEVIG_OUDERSCHAP,BEFORE_BIRTH,25,false,10\r
                8,2147,TOTAL,STEVIG_OUDERSCHAP,AFTER_BIRTH,,true,10\r
                8,2147,GM0202,STEVIG_OUDERSCHAP,BEFORE_BIRTH,25,false,10\r
                8,2147,GM0202,STEVIG_OUDERSCHAP,AFTER_BIRTH,,true,10\r
                """);
        assertThat(csv("12-support", year)).isEqualTo("""
                indicator,period,group,cases,median_days,mean_days,suppressed,threshold\r
                12-support,2147,TOTAL,12,15.5,15.5,false,10\r
                12-support,2147,GM0202,12,15.5,15.5,false,10\r
                """);

        String base = "$.group[?(@.code.coding[0].code == 'STEVIG_OUDERSCHAP')]";
        mvc.perform(get("/api/v1/indicators/8").param("from", String.valueOf(year)).accept("application/fhir+json")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/fhir+json;charset=UTF-8"))
                .andExpect(jsonPath("$.resourceType").value("MeasureReport"))
                .andExpect(jsonPath("$.status").value("complete"))
                .andExpect(jsonPath("$.measure").value("https://mdo.kansrijkestart.nl/fhir/Measure/kansrijke-start-indicator-8"))
                .andExpect(jsonPath("$.period.start").value(year + "-01-01"))
                .andExpect(jsonPath("$.group[*].code.coding[0].code")
                        .value(contains("PRENATAL_HOME_VISIT", "STEVIG_OUDERSCHAP", "VOORZORG")))
                .andExpect(jsonPath(base + ".population[0]._count.extension[0].valueCode")
                        .value(contains("not-applicable")))
                .andExpect(jsonPath(base + ".stratifier[0].code[0].coding[0].code").value(contains("birth-phase")))
                .andExpect(jsonPath(base + ".stratifier[0].stratum[0].component[0].value.coding[0].code")
                        .value(contains("BEFORE_BIRTH")))
                .andExpect(jsonPath(base + ".stratifier[0].stratum[0].population[0].count").value(contains(25)))
                .andExpect(jsonPath(base + ".stratifier[0].stratum[1].population[0]._count.extension[0].valueCode")
                        .value(contains("masked")))
                .andExpect(jsonPath(base + ".stratifier[1].stratum[0].component[0].value.coding[0].code")
                        .value(contains("GM0202")));
        mvc.perform(get("/api/v1/indicators/12-support").param("from", String.valueOf(year))
                        .accept("application/fhir+json").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.group[*].code.coding[0].code").value(contains("median-days", "mean-days")))
                .andExpect(jsonPath("$.group[0].population[0].count").value(12))
                .andExpect(jsonPath("$.group[0].measureScore.value").value(15.5))
                .andExpect(jsonPath("$.group[0].measureScore.code").value("d"))
                .andExpect(jsonPath("$.group[0].stratifier[0].stratum[0].value.text").value(String.valueOf(year)))
                .andExpect(jsonPath("$.group[1].stratifier[1].stratum[0].measureScore.value").value(15.5));
        mvc.perform(get("/api/v1/indicators/12-support").param("from", String.valueOf(year - 1))
                        .param("to", String.valueOf(year)).accept("application/fhir+json")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.group[0].population[0]._count.extension[0].valueCode").value("not-applicable"))
                .andExpect(jsonPath("$.group[0].measureScore.extension[0].valueCode").value("not-applicable"));
        mvc.perform(get("/api/v1/indicators/8").accept("application/fhir+json").with(httpBasic("voorzitter", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators/12-support").param("from", "twintig").accept("text/csv")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void invalidParametersAreRefusedWithEveryReason() throws Exception {
        mvc.perform(get("/api/v1/indicators/12").param("from", "twintig").param("to", "x")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("from", "to")));
        mvc.perform(get("/api/v1/indicators/6").param("from", "2026").param("to", "2024").param("region", "NERGENS")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(
                        containsInAnyOrder("indicator.years-reversed", "indicator.region-unknown")));
    }

    @Test
    void professionalsChairsAndAdminsAreForbiddenAndStrangersUnauthorized() throws Exception {
        for (String path : new String[] {"/api/v1/indicators/6", "/api/v1/indicators/10", "/api/v1/indicators/12",
            "/api/v1/indicators/8", "/api/v1/indicators/12-support"}) {
            for (String user : new String[] {"verloskundige", "voorzitter", "admin"}) {
                mvc.perform(get(path).with(httpBasic(user, "demo")))
                        .andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.title").value("Geen toegang"));
            }
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
        }
    }
}
