package nl.kansrijkestart.mdo.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The credentials check with local accounts (HTTP Basic): every signed-in caller, nobody else. */
@IntegrationTest
class WhoAmIApiTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void aCoordinatorIsToldHerNameAndRoles() throws Exception {
        mvc.perform(get("/api/v1/whoami").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("coordinator"))
                .andExpect(jsonPath("$.roles[0]").value("COORDINATOR"))
                .andExpect(jsonPath("$.roles.length()").value(1));
    }

    @Test
    void aProfessionalIsToldWhichAccountDisciplineAndOrganisationTheRulesSee() throws Exception {
        mvc.perform(get("/api/v1/whoami").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("verloskundige"))
                .andExpect(jsonPath("$.roles[0]").value("PROFESSIONAL"))
                .andExpect(jsonPath("$.discipline").value("MIDWIFE"))
                .andExpect(jsonPath("$.displayName").value("Marieke de Vries"))
                .andExpect(jsonPath("$.serviceAccount").value(false));
    }

    @Test
    void everyRoleAndTheServiceAccountsAreAnswered() throws Exception {
        for (String user : new String[] {"voorzitter", "admin", "indicator-feed", "screening-platform"}) {
            mvc.perform(get("/api/v1/whoami").with(httpBasic(user, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value(user));
        }
        mvc.perform(get("/api/v1/whoami").with(httpBasic("screening-platform", "demo")))
                .andExpect(jsonPath("$.roles[0]").value("SCREENING_PLATFORM"))
                .andExpect(jsonPath("$.serviceAccount").value(true));
    }

    @Test
    void anAnonymousCallerIsUnauthorizedWithAStableCode() throws Exception {
        mvc.perform(get("/api/v1/whoami"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("api.unauthorized"));
        mvc.perform(get("/api/v1/whoami").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Not signed in"));
    }
}
