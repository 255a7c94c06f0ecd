package nl.kansrijkestart.mdo.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ways a generated request is spoiled: a property of the wrong type or form, an unknown or
 * missing property, broken JSON, a path id that is not plain digits, odd query values and version
 * headers, a wrong content type, an unknown account. Those that certainly make the request invalid
 * mark it so.
 */
final class FuzzMutations {

    private static final List<String> BAD_IDS = List.of("0x1", "+1", "\u0661", "1.0", " 1", "-1", "abc",
            "99999999999999999999", "1e3", "%", "1;x");
    /** Odd, but each stays one path segment: an address outside the API is not the API's to answer. */
    private static final List<String> ODD_TEXT = List.of(" ", "x".repeat(300), "\u0000", "%2e%2e",
            "' OR 1=1 --", "<script>", "\uD83D\uDE00", "-1", "2025-Q5", "9999", "KS-0000-0000");
    private static final List<String> IF_MATCH = List.of("\"0\"", "\"1\"", "\"2\"", "W/\"0\"", "*", "\"+1\"",
            "\"\u0661\"", "garbage", "\"0\", \"1\"", "\"99999999999999999999\"");

    private final FuzzValues values;
    private final JsonMapper json;

    FuzzMutations(FuzzValues values, JsonMapper json) {
        this.values = values;
        this.json = json;
    }

    void apply(FuzzRequest request, ObjectNode body) {
        List<Runnable> possible = new ArrayList<>(List.of(() -> request.mutation = "none",
                () -> queryValue(request), () -> ifMatch(request), () -> unknownAccount(request)));
        if (request.operation.hasNumericPathId()) {
            possible.add(() -> badPathId(request));
            possible.add(() -> badPathId(request));
        }
        JsonNode schema = request.operation.body();
        if (schema != null && schema.has("properties")) {
            for (int i = 0; i < 4; i++) {
                possible.add(() -> wrongType(request, body, schema));
            }
            possible.add(() -> unknownProperty(request, body));
            possible.add(() -> missingOrNull(request, body));
            possible.add(() -> brokenJson(request));
            possible.add(() -> wrongContentType(request));
        }
        values.pick(possible).run();
        if (request.body != null && request.body.isEmpty()) {
            request.body = json.writeValueAsString(body);
        }
    }

    private void wrongType(FuzzRequest request, ObjectNode body, JsonNode schema) {
        ObjectNode target = body;
        JsonNode properties = schema.get("properties");
        String name = values.pick(properties.propertyNames().stream().toList());
        JsonNode property = properties.get(name);
        JsonNode nested = values.resolve(property);
        if (nested.has("properties") && target.get(name) instanceof ObjectNode inner && values.pick(List.of(true, false))) {
            wrongType(request, inner, nested);
            request.mutation = name + "." + request.mutation;
            return;
        }
        JsonNode bad = values.invalid(property);
        target.set(name, bad);
        request.invalid = true;
        request.mutation = name + "=" + bad;
        request.body = "";
    }

    private void unknownProperty(FuzzRequest request, ObjectNode body) {
        body.put(values.pick(List.of("bsn", "id", "version", "Type", "__proto__")), "1");
        request.invalid = true;
        request.mutation = "unknown property";
        request.body = "";
    }

    private void missingOrNull(FuzzRequest request, ObjectNode body) {
        String name = values.pick(body.propertyNames().stream().toList());
        if (values.pick(List.of(true, false))) {
            body.remove(name);
            request.mutation = "without " + name;
        } else {
            body.putNull(name);
            request.mutation = name + "=null";
        }
        request.body = "";
    }

    private void brokenJson(FuzzRequest request) {
        String valid = request.body == null ? "{}" : request.body;
        request.body = values.pick(List.of(valid.substring(0, valid.length() / 2), valid + "}", "[" + valid + "]",
                valid.replaceFirst(":", "::"), "null", "\"text\""));
        request.invalid = true;
        request.mutation = "broken JSON";
    }

    private void wrongContentType(FuzzRequest request) {
        request.contentType = values.pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded"));
        request.invalid = true;
        request.mutation = "content type " + request.contentType;
    }

    private void badPathId(FuzzRequest request) {
        for (Map.Entry<String, String> parameter : request.path.entrySet()) {
            ApiOperations.Parameter declared = request.operation.parameters().stream()
                    .filter(p -> p.name().equals(parameter.getKey())).findFirst().orElseThrow();
            if (ApiOperations.isInteger(declared.schema())) {
                parameter.setValue(values.pick(BAD_IDS));
                request.invalid = true;
                request.mutation = parameter.getKey() + "=" + parameter.getValue();
                return;
            }
        }
    }

    private void queryValue(FuzzRequest request) {
        request.operation.parameters().stream().filter(p -> !p.in().equals("header")).findAny()
                .ifPresent(p -> (p.in().equals("path") ? request.path : request.query).put(p.name(), values.pick(ODD_TEXT)));
        request.mutation = "odd parameter";
    }

    private void ifMatch(FuzzRequest request) {
        if (values.pick(List.of(true, false))) {
            request.headers.remove("If-Match");
            request.mutation = "no If-Match";
        } else {
            request.headers.put("If-Match", values.pick(IF_MATCH));
            request.mutation = "If-Match " + request.headers.get("If-Match");
        }
    }

    private void unknownAccount(FuzzRequest request) {
        // An unknown name, not a wrong password: five wrong passwords would lock a demo account.
        request.user = "fuzz-onbekend";
        request.password = "geen";
        request.invalid = true;
        request.mutation = "unknown account";
    }
}
