package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Spring's own refusals under /api/ reach the client as problems, never as the Vaadin page or a redirect. */
@IntegrationTest
class ApiAnswersTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void aMistypedPathIsNotFoundAsAProblemInsteadOfTheVaadinPage() throws Exception {
        mvc.perform(get("/api/v1/meetingz").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Niet gevonden"))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void aMistypedPathWithoutCredentialsIsUnauthorizedNotARedirect() throws Exception {
        mvc.perform(get("/api/v1/bestaat-niet"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aWrongMethodIsMethodNotAllowedWithTheAllowedOnes() throws Exception {
        mvc.perform(delete("/api/v1/whoami").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("DELETE")));
    }

    @Test
    void anAcceptTheApiCannotAnswerIsNotAcceptableAsAProblem() throws Exception {
        mvc.perform(get("/api/v1/meetings").accept(MediaType.APPLICATION_XML).with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Formaat niet beschikbaar"));
    }

    @Test
    void aBodyInAnotherFormatIsUnsupportedMediaTypeAsAProblem() throws Exception {
        mvc.perform(post("/api/v1/cases").contentType(MediaType.TEXT_PLAIN).content("type=FAMILY")
                        .with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Formaat niet ondersteund"));
    }

    @Test
    void anApiRequestCreatesNoSessionAndSetsNoCookie() throws Exception {
        var result = mvc.perform(get("/api/v1/meetings").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getCookies()).isEmpty();
    }
}
