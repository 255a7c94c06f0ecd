package nl.kansrijkestart.mdo.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinator-only credentials check with local accounts (HTTP Basic). */
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
    void aProfessionalIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/whoami").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Geen toegang"));
    }
}
