package nl.kansrijkestart.mdo.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values for generated requests: a plausible one for a parameter or property (ids of the fuzz
 * test's own meetings, items and cases where the name asks for one), and values that no schema
 * allows, per JSON type, for the mutations that must be refused.
 */
final class FuzzValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiOperations operations;
    private final Random random;
    private final Map<String, List<String>> ids;

    /** {@code ids}: per parameter or property name (meetingId, itemId, caseNumber, …) the values to use. */
    FuzzValues(ApiOperations operations, Random random, Map<String, List<String>> ids) {
        this.operations = operations;
        this.random = random;
        this.ids = ids;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    JsonNode resolve(JsonNode schema) {
        return operations.resolve(schema);
    }

    /** A value for a path or query parameter. */
    String parameter(String name, JsonNode schema) {
        if (ids.containsKey(name)) {
            return pick(ids.get(name));
        }
        if (schema.has("enum")) {
            return pick(schema.get("enum").valueStream().map(JsonNode::asString).toList());
        }
        return switch (name) {
            case "from", "to" -> pick(List.of("2025", "2026", "2025-Q2", "2026-03"));
            case "grouping" -> pick(List.of("municipality", "region", "meetingType"));
            case "period" -> pick(List.of("year", "quarter", "month"));
            case "municipality" -> "GM0202";
            case "region" -> "OOST";
            default -> ApiOperations.isInteger(schema) ? "1" : "x";
        };
    }

    /** A plausible JSON value for a property (or the whole body when {@code name} is empty). */
    JsonNode sample(String name, JsonNode declared) {
        JsonNode schema = operations.resolve(declared);
        if (ids.containsKey(name)) {
            String id = pick(ids.get(name));
            return ApiOperations.isInteger(schema) ? NODES.numberNode(Long.parseLong(id)) : NODES.stringNode(id);
        }
        if (schema.has("enum")) {
            return NODES.stringNode(pick(schema.get("enum").valueStream().map(JsonNode::asString).toList()));
        }
        return switch (ApiOperations.type(schema)) {
            case "object" -> object(schema);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                JsonNode items = schema.get("items");
                if (items != null) {
                    array.add(sample(name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name, items));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(integer(name));
            case "number" -> NODES.numberNode(1.0);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(text(name, schema));
        };
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            properties.properties().forEach(p -> object.set(p.getKey(), sample(p.getKey(), p.getValue())));
        }
        return object;
    }

    private static long integer(String name) {
        return switch (name) {
            case "parentBirthYear" -> 1995;
            case "durationMinutes", "minutes" -> 60;
            case "count", "intervalWeeks" -> 2;
            default -> 1;
        };
    }

    private String text(String name, JsonNode schema) {
        String format = schema.path("format").asString("");
        LocalDate today = LocalDate.now();
        if (format.equals("date")) {
            boolean past = name.endsWith("On") || name.contains("Birth");
            return (past ? today.minusDays(30) : today.plusDays(20)).toString();
        }
        if (format.equals("time") || name.equals("startTime") || name.equals("start")) {
            return "13:00";
        }
        if (schema.has("example")) {
            return schema.get("example").asString();
        }
        return switch (name) {
            case "municipalityCode" -> "GM0202";
            case "initials" -> "F.Z.";
            case "postcodeArea" -> "6821";
            case "videoLink" -> "https://meet.example.nl/fuzz";
            default -> "Tekst van de fuzztest";
        };
    }

    /** A value of the wrong JSON type or form for the schema; every one of them must be refused. */
    JsonNode invalid(JsonNode declared) {
        JsonNode schema = operations.resolve(declared);
        if (schema.has("enum")) {
            String name = schema.get("enum").get(0).asString();
            return pick(List.of(NODES.numberNode(1), NODES.stringNode(" " + name + " "),
                    NODES.stringNode(name + "\u0000"), NODES.stringNode(name.toLowerCase()), NODES.stringNode("")));
        }
        String format = schema.path("format").asString("");
        return switch (ApiOperations.type(schema)) {
            case "object" -> pick(List.of(NODES.arrayNode(), NODES.numberNode(1), NODES.stringNode("x")));
            case "array" -> pick(List.of(NODES.stringNode("x"), NODES.objectNode(), NODES.arrayNode().addNull()));
            case "integer" -> pick(List.of(NODES.stringNode("12"), NODES.numberNode(1.5), NODES.booleanNode(true),
                    NODES.stringNode("0x1"), NODES.numberNode(1e30), NODES.objectNode()));
            case "number" -> pick(List.of(NODES.stringNode("1.5"), NODES.booleanNode(true), NODES.arrayNode()));
            case "boolean" -> pick(List.of(NODES.stringNode("true"), NODES.numberNode(1), NODES.stringNode("ja")));
            default -> format.equals("date")
                    ? pick(List.of(NODES.numberNode(20260101), NODES.stringNode("9999-12-31"),
                            NODES.stringNode("+999999999-12-31"), NODES.stringNode("2026-02-30"),
                            NODES.stringNode("1899-12-31"), NODES.arrayNode().add(2026).add(1).add(1),
                            NODES.stringNode("")))
                    : pick(List.of(NODES.numberNode(12345), NODES.booleanNode(true), NODES.objectNode(),
                            NODES.arrayNode().add("x")));
        };
    }

    static String json(JsonMapper json, JsonNode node) {
        return json.writeValueAsString(node);
    }
}
