package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document lists, for every operation the controllers offer, the problems they really answer. */
@IntegrationTest
class OpenApiResponsesTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyOperationDocumentsItsRefusalsAsProblems() throws Exception {
        JsonNode paths = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
                .get("paths");
        List<String> checked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((mapping, handler) -> {
            for (String path : mapping.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (var method : mapping.getMethodsCondition().getMethods()) {
                    JsonNode operation = paths.path(path).path(method.name().toLowerCase(Locale.ROOT));
                    assertThat(operation.isMissingNode()).as("%s %s is in the document", method, path).isFalse();
                    assertDocumented(operation.get("responses"), expected(handler), method + " " + path);
                    checked.add(method + " " + path);
                }
            }
        });
        assertThat(checked).as("operations compared").hasSizeGreaterThan(20);
    }

    private static List<String> expected(HandlerMethod handler) {
        List<String> statuses = new ArrayList<>(List.of("401", "403"));
        if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class))) {
            statuses.add("404");
        }
        boolean versioned = Arrays.stream(handler.getMethodParameters())
                .map(p -> p.getParameterAnnotation(RequestHeader.class)).filter(h -> h != null)
                .anyMatch(h -> HttpHeaders.IF_MATCH.equalsIgnoreCase(h.value())
                        || HttpHeaders.IF_MATCH.equalsIgnoreCase(h.name()));
        if (versioned) {
            statuses.addAll(List.of("412", "428"));
        }
        return statuses;
    }

    private static void assertDocumented(JsonNode responses, List<String> statuses, String operation) {
        for (String status : statuses) {
            JsonNode response = responses.path(status);
            assertThat(response.isMissingNode()).as("%s documents %s", operation, status).isFalse();
            assertThat(response.path("content").path("application/problem+json").path("schema").path("$ref").asString())
                    .as("%s answers %s with the problem schema", operation, status)
                    .isEqualTo("#/components/schemas/Problem");
        }
    }
}
