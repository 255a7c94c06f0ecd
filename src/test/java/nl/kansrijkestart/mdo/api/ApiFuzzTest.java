package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.MeetingApiCalls.NEXT_WEEK;
import static nl.kansrijkestart.mdo.api.MeetingApiCalls.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests generated from the API's own OpenAPI document (/v3/api-docs), sent through the real
 * security filter chain as the demo users, each a valid request spoiled by one mutation
 * ({@link FuzzMutations}). Whatever the request: no 5xx; no 2xx when it is certainly invalid; and a
 * refused request stores nothing (the {@link StoredData} fingerprint is unchanged).
 *
 * <p>Bounded and repeatable: {@value #DEFAULT_CASES} requests from seed {@value #DEFAULT_SEED} by
 * default; {@code -Dmdo.fuzz.cases=10000 -Dmdo.fuzz.seed=7} for a longer or other run. Its own
 * application context (and so its own database), so what it creates touches no other test.
 */
@IntegrationTest
@TestPropertySource(properties = "mdo.test.context=api-fuzz")
class ApiFuzzTest {

    static final int DEFAULT_CASES = 800;
    static final long DEFAULT_SEED = 20261206L;
    private static final List<String> USERS = List.of("voorzitter", "voorzitter", "verloskundige", "verloskundige",
            "jgz", "pop-voorzitter", "coordinator", "admin");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void generatedRequestsNeverFailOnTheServerAcceptNothingInvalidAndLeaveNoPartialRecord() throws Exception {
        int cases = Integer.getInteger("mdo.fuzz.cases", DEFAULT_CASES);
        Random random = new Random(Long.getLong("mdo.fuzz.seed", DEFAULT_SEED));
        ApiOperations operations = new ApiOperations(openApiDocument());
        List<ApiOperations.Operation> all = operations.all();
        assertThat(all).as("operations in /v3/api-docs").hasSizeGreaterThan(30);
        FuzzValues values = new FuzzValues(operations, random, fixture());
        FuzzMutations mutations = new FuzzMutations(values, json);
        Map<String, Authentication> signIns = new HashMap<>();
        USERS.forEach(user -> signIns.computeIfAbsent(user, signedIn::as));
        signedIn.nobody();
        StoredData stored = new StoredData(jdbc);

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> answered = new java.util.TreeMap<>();
        String before = stored.fingerprint();
        for (int i = 0; i < cases && failures.size() < 20; i++) {
            FuzzRequest request = generate(all.get(i % all.size()), values, mutations);
            // Every tenth request signs in with HTTP Basic (a password hash each); the others carry a verified sign-in.
            int status = mvc.perform(request.build(i % 10 == 0 ? null : signIns.get(request.user)))
                    .andReturn().getResponse().getStatus();
            answered.merge(status, 1, Integer::sum);
            String after = stored.fingerprint();
            if (status >= 500) {
                failures.add(status + " for " + request);
            } else if (request.invalid && status < 300) {
                failures.add(status + " for invalid " + request);
            } else if (status >= 400 && !after.equals(before)) {
                failures.add("stored data changed by refused (" + status + ") " + request);
            }
            before = after;
        }
        assertThat(failures).as("requests answered wrongly (answers so far: %s)", answered).isEmpty();
        assertThat(answered.keySet()).as("some generated requests succeed").anyMatch(code -> code < 300);
    }

    private FuzzRequest generate(ApiOperations.Operation operation, FuzzValues values, FuzzMutations mutations) {
        FuzzRequest request = new FuzzRequest(operation, values.pick(USERS));
        for (ApiOperations.Parameter parameter : operation.parameters()) {
            String value = values.parameter(parameter.name(), parameter.schema());
            switch (parameter.in()) {
                case "path" -> request.path.put(parameter.name(), value);
                case "query" -> request.query.put(parameter.name(), value);
                default -> request.headers.put(parameter.name(), parameter.name().equals("If-Match")
                        ? values.pick(List.of("\"0\"", "\"1\"", "\"2\"")) : "*");
            }
        }
        ObjectNode body = json.createObjectNode();
        if (operation.body() != null && values.sample("", operation.body()) instanceof ObjectNode sample) {
            body = sample;
        }
        request.body = operation.body() == null ? null : json.writeValueAsString(body);
        mutations.apply(request, body);
        return request;
    }

    private JsonNode openApiDocument() throws Exception {
        return json.readTree(mvc.perform(get("/v3/api-docs").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("voorzitter", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** Meetings, items and cases of the fuzz test itself, so generated ids often hit real records. */
    private Map<String, List<String>> fixture() throws Exception {
        MeetingApiCalls api = new MeetingApiCalls(mvc, json, users);
        long planned = api.plan("voorzitter", NEXT_WEEK, "verloskundige", "jgz").get("id").asLong();
        JsonNode waiting = api.accepted("voorzitter", planned, "F.A.");
        long running = api.plan("voorzitter", TODAY, "verloskundige", "jgz").get("id").asLong();
        JsonNode discussed = api.accepted("voorzitter", running, "F.B.");
        api.send("voorzitter", post("/api/v1/meetings/" + running + "/start").header("If-Match",
                MeetingApiCalls.etag(api.send("voorzitter", get("/api/v1/meetings/" + running))))).andExpect(status().isOk());
        String caseNumber = waiting.get("caseNumber").asString();
        JsonNode consents = api.body(api.send("verloskundige", get("/api/v1/cases/" + caseNumber))).path("consents");
        String consentId = consents.isEmpty() ? "1" : consents.get(0).path("id").asString("1");
        String midwife = String.valueOf(api.idOf("verloskundige"));
        Map<String, List<String>> ids = new HashMap<>();
        ids.put("meetingId", List.of(String.valueOf(planned), String.valueOf(running), "1"));
        ids.put("itemId", List.of(waiting.get("id").asString(), discussed.get("id").asString(), "1"));
        ids.put("caseNumber", List.of(caseNumber, discussed.get("caseNumber").asString()));
        ids.put("consentId", List.of(consentId));
        ids.put("userId", List.of(midwife, String.valueOf(api.idOf("wijkteam"))));
        ids.put("participantId", List.of(midwife));
        ids.put("attendeeKey", List.of("user-" + midwife, "guest-0"));
        ids.put("actionId", List.of("1", "2"));
        ids.put("assessmentId", List.of("1"));
        ids.put("instrumentVersionId", List.of("1"));
        return ids;
    }
}
