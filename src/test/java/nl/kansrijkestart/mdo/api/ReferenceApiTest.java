package nl.kansrijkestart.mdo.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Municipalities, regions and the instrument catalogue for every signed-in caller, paged and
 * filtered, from the demo data the migrations load (read only, so other tests cannot disturb it), and
 * a region of its own for the membership periods.
 */
@IntegrationTest
class ReferenceApiTest {

    private static final String[] READS = {"/api/v1/municipalities", "/api/v1/regions", "/api/v1/instruments"};

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"verloskundige", "voorzitter", "coordinator", "admin", "indicator-feed", "screening-platform"})
    void everySignedInCallerReadsTheReferenceData(String user) throws Exception {
        for (String path : READS) {
            mvc.perform(get(path).with(httpBasic(user, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.page").value(0))
                    .andExpect(jsonPath("$.size").value(50));
        }
    }

    @Test
    void anAnonymousCallerIsUnauthorized() throws Exception {
        for (String path : READS) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("api.unauthorized"));
        }
    }

    @Test
    void municipalitiesAreFoundByNameWithTheRegionsTheyBelongTo() throws Exception {
        mvc.perform(get("/api/v1/municipalities?q=arnhem").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("GM0202"))
                .andExpect(jsonPath("$.items[0].name").value("Arnhem"))
                .andExpect(jsonPath("$.items[0].regionCodes").isArray())
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void aRegionFilterGivesItsMembersAndARegionListsItsMunicipalities() throws Exception {
        String region = "OOST";
        mvc.perform(get("/api/v1/regions?q=" + region).with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.code == 'OOST')].allMunicipalityCodes[*]", hasItem("GM0299")))
                .andExpect(jsonPath("$.items[?(@.code == 'OOST')].parentCode", hasItem("GELDERLAND-MIDDEN")));
        mvc.perform(get("/api/v1/regions?q=GELDERLAND-MIDDEN").with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.items[0].municipalities[*].code", hasItem("GM0202")))
                .andExpect(jsonPath("$.items[0].municipalities[?(@.code == 'GM0202')].name",
                        hasItem("Arnhem")))
                .andExpect(jsonPath("$.items[0].municipalities[?(@.code == 'GM0202')].from",
                        hasItem("1900-01-01")))
                .andExpect(jsonPath("$.items[0].subRegionCodes[*]", hasItem("OOST")))
                .andExpect(jsonPath("$.items[0].allMunicipalityCodes[*]", hasItem("GM0299")));
        mvc.perform(get("/api/v1/municipalities?size=200&region=" + region).with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].regionCodes", everyItem(hasItem(region))));
        mvc.perform(get("/api/v1/regions?municipality=GM0299").with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.items[*].allMunicipalityCodes", everyItem(hasItem("GM0299"))))
                .andExpect(jsonPath("$.items[*].code", hasItem("OOST")));
    }

    @Test
    void aRegionGivesItsMembersOfTheDayAskedForWithFromAndUntilAndEveryPeriodBeside() throws Exception {
        jdbc.update("INSERT INTO region (code, name) VALUES ('API-PERIODE', 'API-periode')");
        jdbc.update("""
                INSERT INTO region_municipality (region_id, municipality_id, valid_from, valid_until)
                SELECT r.id, m.id, DATE '2024-01-01', DATE '2025-01-01' FROM region r, municipality m
                WHERE r.code = 'API-PERIODE' AND m.code = 'GM0202'""");
        try {
            mvc.perform(get("/api/v1/regions?q=API-PERIODE&on=2024-06-01").with(httpBasic("verloskundige", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].municipalities.length()").value(1))
                    .andExpect(jsonPath("$.items[0].municipalities[0].code").value("GM0202"))
                    .andExpect(jsonPath("$.items[0].municipalities[0].name").value("Arnhem"))
                    .andExpect(jsonPath("$.items[0].municipalities[0].from").value("2024-01-01"))
                    .andExpect(jsonPath("$.items[0].municipalities[0].until").value("2025-01-01"))
                    .andExpect(jsonPath("$.items[0].allMunicipalityCodes[*]", hasItem("GM0202")));
            mvc.perform(get("/api/v1/regions?q=API-PERIODE&on=2025-01-01").with(httpBasic("verloskundige", "demo")))
                    .andExpect(jsonPath("$.items[0].municipalities.length()").value(0))
                    .andExpect(jsonPath("$.items[0].allMunicipalityCodes.length()").value(0))
                    .andExpect(jsonPath("$.items[0].memberships[0].code").value("GM0202"))
                    .andExpect(jsonPath("$.items[0].memberships[0].until").value("2025-01-01"));
            mvc.perform(get("/api/v1/regions?q=API-PERIODE").with(httpBasic("verloskundige", "demo")))
                    .andExpect(jsonPath("$.items[0].municipalities.length()").value(0));
            mvc.perform(get("/api/v1/regions?municipality=GM0202&on=2024-12-31").with(httpBasic("coordinator", "demo")))
                    .andExpect(jsonPath("$.items[*].code", hasItem("API-PERIODE")));
            mvc.perform(get("/api/v1/regions?municipality=GM0202&on=2025-01-01").with(httpBasic("coordinator", "demo")))
                    .andExpect(jsonPath("$.items[*].code", not(hasItem("API-PERIODE"))));
            mvc.perform(get("/api/v1/municipalities?region=API-PERIODE&on=2024-06-01")
                            .with(httpBasic("coordinator", "demo")))
                    .andExpect(jsonPath("$.items[*].code", contains("GM0202")));
        } finally {
            jdbc.update("DELETE FROM region WHERE code = 'API-PERIODE'");
        }
    }

    @Test
    void aDayThatIsNoDateIsRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/regions?on=01-06-2024").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("on"))
                .andExpect(jsonPath("$.errors[0].code").value("api.field.date"));
    }

    @Test
    void pagesCountFromZeroAndAPagePastTheEndIsEmpty() throws Exception {
        mvc.perform(get("/api/v1/municipalities?size=2&page=1").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2));
        mvc.perform(get("/api/v1/municipalities?size=200&page=1000").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void aPageSizeOutsideTheRangeIsRefusedWithACodeAndAReasonInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/instruments?size=201").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("api.invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].code").value("api.page.size"))
                .andExpect(jsonPath("$.errors[0].message").value("Kies een paginagrootte van 1 tot en met 200."));
        mvc.perform(get("/api/v1/instruments?size=0").header("Accept-Language", "en")
                        .with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("The input")))
                .andExpect(jsonPath("$.errors[0].message").value("Choose a page size from 1 to 200."));
        mvc.perform(get("/api/v1/municipalities?region=NERGENS").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("region.unknown"));
    }

    @Test
    void theCatalogueGivesVersionsDomainsAndRangesAndFiltersOnValidation() throws Exception {
        mvc.perform(get("/api/v1/instruments?q=GM-SIGNALERING").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].validated").value(false))
                .andExpect(jsonPath("$.items[0].versions[0].total.max").value(7))
                .andExpect(jsonPath("$.items[0].versions[0].domains[?(@.code == 'ERVAREN_STRESS')].range.max",
                        hasItem(10)));
        mvc.perform(get("/api/v1/instruments?validated=true").with(httpBasic("verloskundige", "demo")))
                .andExpect(jsonPath("$.items[*].validated", everyItem(is(true))))
                .andExpect(jsonPath("$.items[*].code", hasItem("MIND2CARE")));
    }

    @Test
    void oneInstrumentVersionIsReadByIdAndAnUnknownOneIsNotFound() throws Exception {
        String body = mvc.perform(get("/api/v1/instruments?q=R4U").with(httpBasic("screening-platform", "demo")))
                .andReturn().getResponse().getContentAsString();
        long id = tools.jackson.databind.json.JsonMapper.shared().readTree(body)
                .get("items").get(0).get("versions").get(0).get("id").asLong();
        mvc.perform(get("/api/v1/instrument-versions/" + id).with(httpBasic("screening-platform", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.instrumentCode").value("R4U"))
                .andExpect(jsonPath("$.domains.length()").value(8));
        mvc.perform(get("/api/v1/instrument-versions/987654321").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("api.reference-not-found"));
    }
}
