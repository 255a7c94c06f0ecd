package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Every operation in the OpenAPI document lists the refusals it can really give, each as an RFC
 * 9457 problem (schema "Problem"), derived from what the controller method takes, so that the
 * document cannot drift from the code: 401 and 403 always (every call needs a caller with the
 * right role), 400 with input (body, parameters, path ids), 404 with a path id, 409 for a change
 * (the meeting or case is not in a state for it), 412 and 428 with a version (If-Match or
 * If-None-Match), 415 with a body, 406 and 500 always. An answer a method documents itself stays.
 */
@Configuration(proxyBeanMethods = false)
class ProblemResponses {

    static final String PROBLEM = "Problem";

    @Bean
    OpenApiCustomizer problemSchema() {
        return api -> api.getComponents().addSchemas(PROBLEM, problem());
    }

    @Bean
    OperationCustomizer problemAnswers() {
        return (operation, handler) -> {
            Map<String, String> answers = new LinkedHashMap<>();
            boolean pathId = has(handler, PathVariable.class);
            boolean body = has(handler, RequestBody.class);
            if (pathId || body || has(handler, RequestParam.class) || has(handler, RequestHeader.class)) {
                answers.put("400", "Invalid input: the fields in \"errors\"; nothing was saved");
            }
            answers.put("401", "Not signed in: no or wrong credentials or token");
            answers.put("403", "Signed in, but the caller's role does not allow this");
            if (pathId) {
                answers.put("404", "Not found, or not visible to the caller (never which of the two)");
            }
            answers.put("406", "The Accept header asks for a format this operation does not give");
            if (!handler.hasMethodAnnotation(GetMapping.class)) {
                answers.put("409", "Not possible in the current state of the meeting or case");
            }
            if (versioned(handler)) {
                answers.put("412", "Changed meanwhile: read again and retry with the new ETag");
                answers.put("428", "The version (If-Match, or If-None-Match: * for a first write) is missing");
            }
            if (body) {
                answers.put("415", "The body is not application/json");
            }
            answers.put("500", "Unexpected error, with a reference that is also in the server log");
            add(operation, answers);
            return operation;
        };
    }

    private static void add(Operation operation, Map<String, String> answers) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        answers.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(description)
                        .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        });
        operation.setResponses(responses);
    }

    private static boolean has(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> kind) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(parameter -> parameter.hasParameterAnnotation(kind));
    }

    private static boolean versioned(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .map(parameter -> parameter.getParameterAnnotation(RequestHeader.class))
                .filter(header -> header != null)
                .map(header -> header.value().isEmpty() ? header.name() : header.value())
                .anyMatch(name -> name.equalsIgnoreCase(HttpHeaders.IF_MATCH)
                        || name.equalsIgnoreCase(HttpHeaders.IF_NONE_MATCH));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problem() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field the problem is about"))
                .addProperty("code", new StringSchema().description("a stable code for the problem"))
                .addProperty("message", new StringSchema().description("the problem in the caller's language"));
        return new ObjectSchema().description("RFC 9457 problem; texts in Dutch unless Accept-Language asks for English")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("the reason in the caller's language"))
                .addProperty("code", new StringSchema().description("a stable, language-independent code for the refusal"))
                .addProperty("instance", new StringSchema())
                .addProperty("reference", new StringSchema().description("with 500: the reference in the server log"))
                .addProperty("errors", new ArraySchema().items(error));
    }
}
