package nl.kansrijkestart.mdo.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.MeetingFixtures;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps the meeting API tests share, each an HTTP call as a demo user through the real
 * security chain: plan a meeting, register a case, submit it, accept it.
 */
final class MeetingApiCalls {

    static final LocalDate NEXT_WEEK = LocalDate.now().plusDays(7);
    /** The day of a meeting a test starts: a meeting starts on its planned day, never before it. */
    static final LocalDate TODAY = MeetingFixtures.today();

    private final MockMvc mvc;
    private final JsonMapper json;
    private final CurrentUserService users;

    MeetingApiCalls(MockMvc mvc, JsonMapper json, CurrentUserService users) {
        this.mvc = mvc;
        this.json = json;
        this.users = users;
    }

    ResultActions send(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    ResultActions send(String user, MockHttpServletRequestBuilder request, String content) throws Exception {
        return send(user, request.contentType(MediaType.APPLICATION_JSON).content(content));
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    static String etag(ResultActions result) {
        return result.andReturn().getResponse().getHeader("ETag");
    }

    long idOf(String username) {
        return MeetingFixtures.idOf(users, username);
    }

    /** An MDO in Arnhem on {@code date} chaired by {@code chair}, with the given users invited. */
    JsonNode plan(String chair, LocalDate date, String... invited) throws Exception {
        return body(send(chair, post("/api/v1/meetings"), meetingJson(date, invited)).andExpect(status().isCreated()));
    }

    String meetingJson(LocalDate date, String... invited) {
        String ids = Arrays.stream(invited).map(user -> String.valueOf(idOf(user))).collect(Collectors.joining(", "));
        return """
                {"type": "MDO_VULNERABLE_PREGNANCY", "date": "%s", "startTime": "%s", "durationMinutes": 90,
                 "place": "Stadskantoor Arnhem", "municipalityCode": "GM0202", "participantIds": [%s]}
                """.formatted(date, date.equals(TODAY) ? MeetingFixtures.LATE_TODAY : "13:00", ids);
    }

    /** A named case of {@code user} with a consent for the given disciplines; returns its number. */
    String registerCase(String user, String initials, boolean discussInMeeting, String... disciplines)
            throws Exception {
        String shared = Arrays.stream(disciplines).map(d -> "\"" + d + "\"").collect(Collectors.joining(", "));
        String content = """
                {"type": "PREGNANCY", "anonymous": false, "initials": "%s", "parentBirthYear": 1996,
                 "expectedDueDate": "%s", "municipalityCode": "GM0202", "question": "Zorgen om schulden.",
                 "consent": {"basis": "CONSENT", "givenOn": "%s", "form": "WRITTEN", "givenBy": "CLIENT",
                             "discussInMeeting": %s, "parentsAttend": false, "contactOtherProfessionals": false,
                             "sharedDisciplines": [%s]}}
                """.formatted(initials, LocalDate.now().plusMonths(4), LocalDate.now(), discussInMeeting, shared);
        return body(send(user, post("/api/v1/cases"), content).andExpect(status().isCreated()))
                .get("caseNumber").asString();
    }

    ResultActions submit(String user, long meetingId, String caseNumber) throws Exception {
        return send(user, post("/api/v1/meetings/" + meetingId + "/agenda-requests"), """
                {"caseNumber": "%s", "question": "Wie neemt de regie?", "parentsAttend": true}
                """.formatted(caseNumber));
    }

    /** A case of the midwife (consent for midwives and JGZ) submitted and accepted by the chair. */
    JsonNode accepted(String chair, long meetingId, String initials) throws Exception {
        String caseNumber = registerCase("verloskundige", initials, true, "MIDWIFE", "JGZ");
        ResultActions submitted = submit("verloskundige", meetingId, caseNumber).andExpect(status().isCreated());
        long itemId = body(submitted).get("id").asLong();
        return body(send(chair, post("/api/v1/agenda-items/" + itemId + "/acceptance")
                .header("If-Match", etag(submitted))).andExpect(status().isOk()));
    }

    static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(node -> node.get(field).asString()).toList();
    }
}
