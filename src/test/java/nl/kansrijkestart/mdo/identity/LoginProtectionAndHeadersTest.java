package nl.kansrijkestart.mdo.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The login form resists login CSRF, and pages and API answers carry the headers a security review expects. */
@IntegrationTest
class LoginProtectionAndHeadersTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void aLoginPostWithoutTheFormsCsrfTokenDoesNotSignIn() throws Exception {
        mvc.perform(post("/login").param("username", "verloskundige").param("password", "demo"))
                .andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", "verloskundige").param("password", "demo")
                        .with(csrf().useInvalidToken()))
                .andExpect(unauthenticated());
    }

    @Test
    void aLoginPostWithTheFormsCsrfTokenSignsIn() throws Exception {
        mvc.perform(post("/login").param("username", "verloskundige").param("password", "demo").with(csrf()))
                .andExpect(authenticated());
    }

    @Test
    void theScreensForbidFramingSniffingAndCachingAndLimitWhatTheyMayLoad() throws Exception {
        // MockMvc cannot run the Vaadin servlet; the headers come from the security filters before it.
        securityHeaders(mvc.perform(get("/")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")));
    }

    @Test
    void theLoginPageForbidsFramingSniffingAndCachingAndLimitsWhatItMayLoad() throws Exception {
        securityHeaders(mvc.perform(get("/login")).andExpect(status().isOk()))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("form-action 'self'")));
    }

    @Test
    void aScreenAddressWithCaseDataIsNeitherCachedNorFramed() throws Exception {
        securityHeaders(mvc.perform(get("/casussen/KS-AAAA-BBBB")));
    }

    @Test
    void anApiAnswerWithCaseDataIsNotStoredAndCannotBeFramed() throws Exception {
        securityHeaders(mvc.perform(get("/api/v1/meetings").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isOk()))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")));
    }

    private static ResultActions securityHeaders(ResultActions response) throws Exception {
        return response
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().exists("Referrer-Policy"))
                .andExpect(header().exists("Content-Security-Policy"));
    }
}
