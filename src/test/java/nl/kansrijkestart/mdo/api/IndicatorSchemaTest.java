package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.indicators.internal.CountingEvent;
import nl.kansrijkestart.mdo.indicators.internal.CountingEventRepository;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.offer.OfferKind;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every kind of indicator feed answer is valid against the published JSON Schema of its feed
 * ({@code api/schemas/}, served at {@code /api/v1/indicators/N/schema}), with shown and suppressed
 * cells; and the schemas are strict enough to refuse what a client must not receive. Indicator 7
 * counts crafted discussions in 2087, a year of its own; 6, 8, 10, 12 and 12-support read the demo
 * history.
 */
@IntegrationTest
class IndicatorSchemaTest {

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

    private static final int YEAR = 2087;

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CountingEventRepository events;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void discussionsOnceInTheYearOfThisTest() {
        Integer stored = jdbc.queryForObject("SELECT COUNT(*) FROM counting_event WHERE period_year = ?", Integer.class,
                YEAR);
        if (stored != null && stored == 0) {
            for (int patient = 0; patient < 14; patient++) {
                discussed(LocalDate.of(YEAR, 2, 10), "GM0228", MeetingType.POP, CaseType.PREGNANCY, patient);
                discussed(LocalDate.of(YEAR, 5, 10), "GM0203", MeetingType.NEIGHBOURHOOD_NETWORK, CaseType.FAMILY,
                        100 + patient);
            }
            for (int patient = 0; patient < 30; patient++) {
                // Large cells, so the regions' counts are shown.
                discussed(LocalDate.of(YEAR, 2, 10), "GM0202", MeetingType.POP, CaseType.PREGNANCY, 300 + patient);
                discussed(LocalDate.of(YEAR, 8, 10), "GM0202", MeetingType.MDO_VULNERABLE_PREGNANCY,
                        CaseType.PREGNANCY, 400 + patient);
            }
            for (int patient = 0; patient < 3; patient++) {
                discussed(LocalDate.of(YEAR, 11, 3), "GM0221", MeetingType.BREAKTHROUGH_TEAM, CaseType.FAMILY,
                        200 + patient);
            }
        }
    }

    @Test
    void everyGroupingOfIndicatorSevenIsValidByYearQuarterAndMonth() throws Exception {
        Schema schema = schema("indicator-7");
        Set<Boolean> suppressed = new HashSet<>();
        for (String grouping : List.of("municipality", "region", "meetingType", "caseType", "caseAndMeetingType")) {
            for (String period : List.of("year", "quarter", "month")) {
                JsonNode answer = feed(get("/api/v1/indicators/7").param("from", String.valueOf(YEAR))
                        .param("grouping", grouping).param("period", period));

                assertThat(schema.validate(answer)).as("%s by %s", grouping, period).isEmpty();
                assertThat(answer.get("cells").isEmpty()).as("%s by %s", grouping, period).isFalse();
                answer.get("cells").forEach(cell -> suppressed.add(cell.get("casesSuppressed").asBoolean()));
            }
        }
        assertThat(suppressed).as("shown and suppressed cells").containsExactlyInAnyOrder(true, false);
    }

    @Test
    void indicatorSevenWithARegionAndChosenMunicipalitiesIsValid() throws Exception {
        Schema schema = schema("indicator-7");
        JsonNode inRegion = feed(get("/api/v1/indicators/7").param("from", YEAR + "-Q1").param("to", YEAR + "-Q4")
                .param("region", "GELDERLAND-MIDDEN"));
        JsonNode chosen = feed(get("/api/v1/indicators/7").param("from", YEAR + "-01").param("to", YEAR + "-06")
                .param("municipality", "GM0228,GM0203"));

        assertThat(schema.validate(inRegion)).isEmpty();
        assertThat(inRegion.get("region").asString()).isEqualTo("GELDERLAND-MIDDEN");
        assertThat(schema.validate(chosen)).isEmpty();
        assertThat(chosen.get("municipalities").toString()).isEqualTo("[\"GM0203\",\"GM0228\"]");
    }

    @Test
    void indicatorsSixTenAndTwelveAreValidWithShownAndSuppressedCells() throws Exception {
        Schema shares = schema("indicator-share");
        Schema days = schema("indicator-12");
        for (String indicator : List.of("6", "10", "12")) {
            Set<Boolean> suppressed = new HashSet<>();
            for (String region : List.of("", "OOST")) {
                MockHttpServletRequestBuilder request = get("/api/v1/indicators/" + indicator).param("from", "2022")
                        .param("to", "2025");
                JsonNode answer = feed(region.isEmpty() ? request : request.param("region", region));

                assertThat((indicator.equals("12") ? days : shares).validate(answer))
                        .as("indicator %s, region '%s'", indicator, region).isEmpty();
                answer.get("cells").forEach(cell -> suppressed.add(cell.get("suppressed").asBoolean()));
            }
            assertThat(suppressed).as("shown and suppressed cells of indicator %s", indicator)
                    .containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void indicatorsEightAndTwelveByTheReportAreValidWithShownAndSuppressedCells() throws Exception {
        for (String indicator : List.of("8", "12-support")) {
            Schema schema = schema("indicator-" + indicator);
            Set<Boolean> suppressed = new HashSet<>();
            Set<String> groups = new HashSet<>();
            for (String region : List.of("", "OOST")) {
                MockHttpServletRequestBuilder request = get("/api/v1/indicators/" + indicator).param("from", "2024")
                        .param("to", "2025");
                JsonNode answer = feed(region.isEmpty() ? request : request.param("region", region));

                assertThat(schema.validate(answer)).as("indicator %s, region '%s'", indicator, region).isEmpty();
                assertThat(answer.get("cells").isEmpty()).as("indicator %s, region '%s'", indicator, region).isFalse();
                answer.get("cells").forEach(cell -> {
                    suppressed.add(cell.get("suppressed").asBoolean());
                    groups.add(cell.get("group").asString().equals("TOTAL") ? "TOTAL" : "municipality");
                });
            }
            assertThat(suppressed).as("shown and suppressed cells of indicator %s", indicator)
                    .containsExactlyInAnyOrder(true, false);
            assertThat(groups).as("the selection and its municipalities").containsExactlyInAnyOrder("TOTAL",
                    "municipality");
        }
    }

    @Test
    void theSchemasOfEightAndTwelveByTheReportRefuseHiddenNumbersUnknownKindsAndOtherFields() throws Exception {
        Schema starts = schema("indicator-8");
        JsonNode validStarts = feed(get("/api/v1/indicators/8").param("from", "2024").param("to", "2025"));
        ObjectNode revealing = (ObjectNode) validStarts.deepCopy();
        firstCell(revealing, "suppressed", true).put("cases", 4);
        ObjectNode nullWithoutFlag = (ObjectNode) validStarts.deepCopy();
        firstCell(nullWithoutFlag, "suppressed", false).putNull("cases");
        ObjectNode unknownKind = (ObjectNode) validStarts.deepCopy();
        firstCell(unknownKind, "suppressed", false).put("kind", "SOMETHING_ELSE");
        ObjectNode unknownPhase = (ObjectNode) validStarts.deepCopy();
        firstCell(unknownPhase, "suppressed", false).put("phase", "DURING_BIRTH");
        ObjectNode extra = (ObjectNode) validStarts.deepCopy();
        firstCell(extra, "suppressed", false).put("caseNumber", "KS-2024-0001");
        ObjectNode otherIndicator = (ObjectNode) validStarts.deepCopy();
        otherIndicator.put("indicator", "7");

        assertThat(starts.validate(validStarts)).isEmpty();
        for (JsonNode wrong : List.of(revealing, nullWithoutFlag, unknownKind, unknownPhase, extra, otherIndicator)) {
            assertThat(starts.validate(wrong)).as(wrong.toString()).isNotEmpty();
        }

        Schema supportDays = schema("indicator-12-support");
        JsonNode validDays = feed(get("/api/v1/indicators/12-support").param("from", "2024").param("to", "2025"));
        ObjectNode hiddenMean = (ObjectNode) validDays.deepCopy();
        firstCell(hiddenMean, "suppressed", true).put("meanDays", 31.5);
        ObjectNode missing = (ObjectNode) validDays.deepCopy();
        firstCell(missing, "suppressed", false).remove("medianDays");
        ObjectNode otherGroup = (ObjectNode) validDays.deepCopy();
        firstCell(otherGroup, "suppressed", false).put("group", "KS-2024-0001");

        assertThat(supportDays.validate(validDays)).isEmpty();
        for (JsonNode wrong : List.of(hiddenMean, missing, otherGroup)) {
            assertThat(supportDays.validate(wrong)).as(wrong.toString()).isNotEmpty();
        }
    }

    @Test
    void theSchemaOfIndicatorEightNamesEveryKindOfSupportOfTheLocalOffer() throws Exception {
        JsonNode kinds = json.readTree(text("indicator-8")).at("/$defs/cell/properties/kind/enum");

        List<String> named = new ArrayList<>();
        kinds.forEach(kind -> named.add(kind.asString()));

        assertThat(named)
                .containsExactlyInAnyOrderElementsOf(Stream.of(OfferKind.values()).map(OfferKind::name).toList());
    }

    @Test
    void theSchemaOfIndicatorSevenRefusesASuppressedNumberAZeroPassedAsNullAndUnknownOrMissingFields()
            throws Exception {
        Schema schema = schema("indicator-7");
        // Per region: the region of all municipalities is shown, Oost (Doesburg's 3 cases) is hidden.
        JsonNode valid = feed(get("/api/v1/indicators/7").param("from", String.valueOf(YEAR))
                .param("grouping", "region"));
        assertThat(schema.validate(valid)).isEmpty();

        ObjectNode revealing = (ObjectNode) valid.deepCopy();
        firstCell(revealing, true).put("cases", 3);
        ObjectNode nullWithoutFlag = (ObjectNode) valid.deepCopy();
        firstCell(nullWithoutFlag, false).putNull("discussions");
        ObjectNode extra = (ObjectNode) valid.deepCopy();
        firstCell(extra, false).put("caseNumber", "KS-2087-0001");
        ObjectNode missing = (ObjectNode) valid.deepCopy();
        missing.remove("suppressionThreshold");
        ObjectNode badPeriod = (ObjectNode) valid.deepCopy();
        firstCell(badPeriod, false).put("period", "2087-13");

        for (JsonNode wrong : List.of(revealing, nullWithoutFlag, extra, missing, badPeriod)) {
            assertThat(schema.validate(wrong)).as(wrong.toString()).isNotEmpty();
        }
    }

    @Test
    void theSchemasOfSixTenAndTwelveRefuseNumbersInASuppressedCellAndOtherGroups() throws Exception {
        Schema days = schema("indicator-12");
        JsonNode valid = feed(get("/api/v1/indicators/12").param("from", "2022").param("to", "2025"));

        ObjectNode revealing = (ObjectNode) valid.deepCopy();
        ObjectNode suppressed = firstCell(revealing, "suppressed", true);
        suppressed.put("medianDays", 12.5);
        ObjectNode otherGroup = (ObjectNode) valid.deepCopy();
        firstCell(otherGroup, "suppressed", false).put("group", "KS-2024-0001");

        assertThat(days.validate(valid)).isEmpty();
        assertThat(days.validate(revealing)).isNotEmpty();
        assertThat(days.validate(otherGroup)).isNotEmpty();
    }

    @Test
    void aCoordinatorFetchesEachSchemaAndOthersAreRefused() throws Exception {
        for (String indicator : List.of("6", "7", "8", "10", "12", "12-support")) {
            String file = switch (indicator) {
                case "6", "10" -> "indicator-share";
                default -> "indicator-" + indicator;
            };
            mvc.perform(get("/api/v1/indicators/" + indicator + "/schema").with(httpBasic("coordinator", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/schema+json"))
                    .andExpect(content().string(text(file)));
        }
        mvc.perform(get("/api/v1/indicators/7/schema").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators/7/schema")).andExpect(status().isUnauthorized());
    }

    private JsonNode feed(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static ObjectNode firstCell(JsonNode answer, boolean suppressed) {
        return firstCell(answer, "casesSuppressed", suppressed);
    }

    private static ObjectNode firstCell(JsonNode answer, String flag, boolean suppressed) {
        for (JsonNode cell : answer.get("cells")) {
            if (cell.get(flag).asBoolean() == suppressed) {
                return (ObjectNode) cell;
            }
        }
        throw new AssertionError("no cell with " + flag + " " + suppressed + " in " + answer);
    }

    private static Schema schema(String name) throws IOException {
        try (InputStream file = new ClassPathResource(IndicatorSchemasApi.LOCATION + name + ".schema.json")
                .getInputStream()) {
            return SCHEMAS.getSchema(file, InputFormat.JSON);
        }
    }

    private static String text(String name) throws IOException {
        return new ClassPathResource(IndicatorSchemasApi.LOCATION + name + ".schema.json")
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void discussed(LocalDate date, String municipality, MeetingType meetingType, CaseType caseType, int patient) {
        Set<String> regions = municipality.equals("GM0202") ? Set.of("GELDERLAND-MIDDEN")
                : Set.of("GELDERLAND-MIDDEN", municipality.equals("GM0221") ? "OOST" : "GELDERSE-VALLEI");
        events.saveAndFlush(new CountingEvent(date, municipality, regions, meetingType, caseType, false,
                "schema-" + YEAR + "-" + patient));
    }
}
