package nl.kansrijkestart.mdo.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The operations an OpenAPI document describes, with what a generator needs to call them. */
final class ApiOperations {

    private static final List<String> METHODS = List.of("get", "post", "put", "delete");

    /** One parameter: {@code in} is path, query or header; {@code schema} as in the document. */
    record Parameter(String name, String in, JsonNode schema) {}

    /** {@code body} is the schema of the JSON request body, if it has one. */
    record Operation(String method, String path, List<Parameter> parameters, @Nullable JsonNode body) {

        boolean hasNumericPathId() {
            return parameters.stream().anyMatch(p -> p.in().equals("path") && isInteger(p.schema()));
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private final JsonNode document;

    ApiOperations(JsonNode document) {
        this.document = document;
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(new Operation(method, path.getKey(), parameters(operation), body(operation)));
                }
            }
        }
        return operations;
    }

    /** The schema itself, or the one a {@code $ref} points to in {@code components/schemas}. */
    JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
        return resolve(document.get("components").get("schemas").get(name));
    }

    /** The JSON type of a schema; OpenAPI 3.1 may give several, of which we take the first that is not null. */
    static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : "string";
        }
        if (type.isArray()) {
            for (JsonNode candidate : type) {
                if (!candidate.asString().equals("null")) {
                    return candidate.asString();
                }
            }
        }
        return type.asString();
    }

    static boolean isInteger(JsonNode schema) {
        return type(schema).equals("integer");
    }

    private List<Parameter> parameters(JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        JsonNode declared = operation.get("parameters");
        if (declared != null) {
            for (JsonNode parameter : declared) {
                parameters.add(new Parameter(parameter.get("name").asString(), parameter.get("in").asString(),
                        resolve(parameter.get("schema"))));
            }
        }
        return parameters;
    }

    private @Nullable JsonNode body(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content").path("application/json").path("schema");
        return content.isMissingNode() ? null : resolve(content);
    }
}
