package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An unexpected error under /api/ is a 500 problem with a reference that is also in the server log. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiExceptionResolverTest {

    @Autowired
    private ApiExceptionResolver resolver;

    @Autowired
    private JsonMapper json;

    @Test
    void anUnexpectedErrorIsAProblemWithAReferenceThatIsInTheLog(CapturedOutput log) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/meetings");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(resolver.resolveException(request, response, null, new IllegalStateException("kapot"))).isNotNull();

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        String reference = problem.get("reference").asString();
        assertThat(problem.get("detail").asString()).contains(reference).doesNotContain("kapot");
        assertThat(log.getOut()).contains("Unexpected error " + reference).contains("kapot");
    }

    @Test
    void errorsOutsideTheApiAreLeftToTheScreens() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/overleggen");
        assertThat(resolver.resolveException(request, new MockHttpServletResponse(), null,
                new IllegalStateException("kapot"))).isNull();
    }
}
