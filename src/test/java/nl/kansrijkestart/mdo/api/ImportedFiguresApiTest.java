package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Imported figures in the feed: apart from the application's counts, each marked imported with its
 * source, small ones suppressed; logged as an export. Imports figures of 1955 (no other test does).
 */
@IntegrationTest
class ImportedFiguresApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private HistoryService history;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theFeedGivesImportedFiguresWithTheirMarkAndSourceAndHidesSmallOnes() throws Exception {
        signedIn.as("coordinator");
        history.importCsv(new ByteArrayInputStream("""
                indicator,code,year,measure,value
                7,GELDERLAND-MIDDEN,1955,PREGNANCY/POP,34
                7,GELDERLAND-MIDDEN,1955,FAMILY/POP,4
                """.getBytes(StandardCharsets.UTF_8)), "TNO-rapport 2023");
        signedIn.nobody();

        mvc.perform(get("/api/v1/indicators/7/history").param("from", "1955").param("to", "1955")
                        .with(httpBasic("indicator-feed", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator").value("7"))
                .andExpect(jsonPath("$.figures[?(@.measure == 'PREGNANCY/POP')].value").value(contains(34.0)))
                .andExpect(jsonPath("$.figures[?(@.measure == 'PREGNANCY/POP')].imported").value(contains(true)))
                .andExpect(jsonPath("$.figures[?(@.measure == 'PREGNANCY/POP')].source").value(contains("TNO-rapport 2023")))
                .andExpect(jsonPath("$.figures[?(@.measure == 'FAMILY/POP')].value").value(contains(nullValue())))
                .andExpect(jsonPath("$.figures[?(@.measure == 'FAMILY/POP')].suppressed").value(contains(true)));
        mvc.perform(get("/api/v1/indicators/7/history").param("from", "19x5").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object = 'imported-figures'"
                + " AND username = 'indicator-feed' AND detail = 'indicator 7 from=1955 to=1955 figures=2'", Integer.class))
                .isOne();
    }
}
