package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.kansrijkestart.mdo.identity.internal.ServiceAccountSignInRefused;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The demo service account {@code indicator-feed}: the monitoring partner's system reads the feed
 * with HTTP Basic in the embedded setup, and cannot sign in to the application.
 */
@IntegrationTest
class IndicatorFeedServiceAccountTest {

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
    private JdbcTemplate jdbc;

    @Test
    void theServiceAccountReadsTheFeedAsJsonCsvAndFhirAndEachExportIsLoggedAsServiceAccount() throws Exception {
        int before = serviceAccountExports("indicator-feed");
        mvc.perform(get("/api/v1/indicators/7").param("from", "2193").with(httpBasic("indicator-feed", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator").value("7"));
        mvc.perform(get("/api/v1/indicators/7").accept("text/csv").param("from", "2193")
                        .with(httpBasic("indicator-feed", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")));
        mvc.perform(get("/api/v1/indicators/7").accept("application/fhir+json").param("from", "2193")
                        .with(httpBasic("indicator-feed", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resourceType").value("MeasureReport"));

        assertThat(serviceAccountExports("indicator-feed")).isEqualTo(before + 3);
    }

    @Test
    void aPersonsExportIsNotMarkedAsServiceAccount() throws Exception {
        int before = serviceAccountExports("coordinator");
        mvc.perform(get("/api/v1/indicators/7").param("from", "2193").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk());
        assertThat(serviceAccountExports("coordinator")).isEqualTo(before);
    }

    @Test
    void theServiceAccountMayNotUseTheRestOfTheApi() throws Exception {
        mvc.perform(get("/api/v1/cases/KS-0000-0000").with(httpBasic("indicator-feed", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSignInFormRefusesTheServiceAccountWithItsOwnReasonAndLogsIt() throws Exception {
        MvcResult refused = mvc.perform(formLogin("/login").user("indicator-feed").password("demo"))
                .andExpect(unauthenticated())
                .andExpect(content().string(containsString("Het kan alleen de API gebruiken")))
                .andReturn();

        assertThat(refused.getRequest().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(ServiceAccountSignInRefused.class);
        assertThat(jdbc.queryForList("SELECT detail FROM audit_entry WHERE username = 'indicator-feed' "
                + "AND action = 'LOGIN' AND outcome = 'DENIED'", String.class)).contains("service account: API only");
    }

    @Test
    void aWrongPasswordForTheServiceAccountGetsTheNeutralRefusal() throws Exception {
        MvcResult refused = mvc.perform(formLogin("/login").user("indicator-feed").password("raden"))
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(refused.getRequest().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(BadCredentialsException.class);
        mvc.perform(get("/api/v1/indicators/7").param("from", "2193").with(httpBasic("indicator-feed", "demo")))
                .andExpect(status().isOk());
    }

    private int serviceAccountExports(String username) {
        List<String> checks = jdbc.queryForList("SELECT checks FROM audit_entry WHERE action = 'EXPORT' "
                + "AND object = 'indicator-7' AND username = ?", String.class, username);
        return (int) checks.stream().filter(check -> check.contains("service-account")).count();
    }
}
