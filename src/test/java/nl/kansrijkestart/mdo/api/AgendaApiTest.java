package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.MeetingApiCalls.NEXT_WEEK;
import static nl.kansrijkestart.mdo.api.MeetingApiCalls.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Agenda requests through the API: the consent gate, the chair's decisions and who may take them. */
@IntegrationTest
class AgendaApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Autowired
    private CurrentUserService users;

    private MeetingApiCalls api;

    @BeforeEach
    void setUp() {
        api = new MeetingApiCalls(mvc, json, users);
    }

    @Test
    void aNamedCaseWhoseConsentDoesNotCoverMeetingsIsRefusedWithWhatIsMissing() throws Exception {
        long id = api.plan("voorzitter", NEXT_WEEK, "verloskundige").get("id").asLong();
        String caseNumber = api.registerCase("verloskundige", "L.A.", false, "MIDWIFE");
        api.submit("verloskundige", id, caseNumber).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("case"))
                .andExpect(jsonPath("$.errors[0].code").value("agenda.consent-not-for-meetings"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "De toestemming geldt niet voor bespreken in een MDO; leg een toestemming vast die dat wel omvat."));
        api.send("verloskundige", get("/api/v1/agenda-requests/mine")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseNumber == '" + caseNumber + "')]").isEmpty());
    }

    @Test
    void anAnonymousCaseNeedsNoConsentAndSomeoneElsesCaseIsRefusedLikeAnUnknownMeeting() throws Exception {
        long id = api.plan("voorzitter", NEXT_WEEK, "wijkteam").get("id").asLong();
        String anonymous = api.body(api.send("wijkteam", post("/api/v1/cases"), """
                {"type": "FAMILY", "anonymous": true, "municipalityCode": "GM0275",
                 "question": "Gezin dat zorg mijdt; wie neemt regie?"}
                """).andExpect(status().isCreated())).get("caseNumber").asString();
        api.submit("wijkteam", id, anonymous).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.anonymous").value(true))
                .andExpect(jsonPath("$.parentsAttend").value(true));
        String midwifesCase = api.registerCase("verloskundige", "L.B.", true, "MIDWIFE");
        String refusal = "Dit overleg of deze casus bestaat niet, of u mag deze casus niet voor dit overleg "
                + "aanmelden: alleen wie is uitgenodigd meldt eigen casussen aan.";
        api.submit("wijkteam", id, midwifesCase).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(refusal));
        api.submit("wijkteam", 999999999, anonymous).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(refusal));
    }

    @Test
    void theChairAcceptsAndRejectsWithAReasonWhichTheSubmitterThenReads() throws Exception {
        long id = api.plan("voorzitter", NEXT_WEEK, "verloskundige").get("id").asLong();
        ResultActions first = api.submit("verloskundige", id, api.registerCase("verloskundige", "L.C.", true, "MIDWIFE"))
                .andExpect(status().isCreated());
        ResultActions second = api.submit("verloskundige", id,
                api.registerCase("verloskundige", "L.D.", true, "MIDWIFE")).andExpect(status().isCreated());
        long firstId = api.body(first).get("id").asLong();
        long secondId = api.body(second).get("id").asLong();

        api.send("voorzitter", post("/api/v1/agenda-items/" + firstId + "/acceptance").header("If-Match", etag(first)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.position").value(1));
        api.send("voorzitter", post("/api/v1/agenda-items/" + firstId + "/acceptance").header("If-Match", etag(first)))
                .andExpect(status().isPreconditionFailed());
        api.send("voorzitter", post("/api/v1/agenda-items/" + secondId + "/rejection").header("If-Match", etag(second)),
                "{\"reason\": \" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.send("voorzitter", post("/api/v1/agenda-items/" + secondId + "/rejection").header("If-Match", etag(second)),
                "{\"reason\": \"Past beter in het wijknetwerk.\"}").andExpect(status().isOk());

        api.send("verloskundige", get("/api/v1/agenda-requests/mine")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.itemId == " + firstId + ")].status").value("ACCEPTED"))
                .andExpect(jsonPath("$[?(@.itemId == " + secondId + ")].rejectionReason")
                        .value("Past beter in het wijknetwerk."));
    }

    @Test
    void theChairMovesOrdersAndTimesItemsWithinTheMeeting() throws Exception {
        long id = api.plan("voorzitter", NEXT_WEEK, "verloskundige").get("id").asLong();
        long later = api.plan("voorzitter", NEXT_WEEK.plusWeeks(4), "verloskundige").get("id").asLong();
        JsonNode first = api.accepted("voorzitter", id, "L.E.");
        JsonNode second = api.accepted("voorzitter", id, "L.F.");

        api.send("voorzitter", put("/api/v1/meetings/" + id + "/agenda/order")
                        .header("If-Match", etag(api.send("voorzitter", get("/api/v1/meetings/" + id)))),
                "{\"itemIds\": [" + second.get("id").asLong() + ", " + first.get("id").asLong() + "]}")
                .andExpect(status().isNoContent());
        String slot = "/api/v1/agenda-items/" + second.get("id").asLong() + "/slot";
        String secondVersion = versionOf(id, second.get("id").asLong());
        api.send("voorzitter", put(slot).header("If-Match", secondVersion), "{\"start\": \"12:00\", \"minutes\": 20}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("slotStart"));
        api.send("voorzitter", put(slot).header("If-Match", secondVersion), "{\"start\": \"13:00\", \"minutes\": 20}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.slotMinutes").value(20));
        api.send("verloskundige", get("/api/v1/meetings/" + id))
                .andExpect(jsonPath("$.agenda[0].id").value(second.get("id").asLong()))
                .andExpect(jsonPath("$.agenda[1].id").value(first.get("id").asLong()));

        api.send("voorzitter", post("/api/v1/agenda-items/" + first.get("id").asLong() + "/move")
                        .header("If-Match", versionOf(id, first.get("id").asLong())), "{\"meetingId\": " + later + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REQUESTED"));
        assertThat(api.body(api.send("voorzitter", get("/api/v1/meetings/" + later))).get("agenda").size())
                .isEqualTo(1);
    }

    @Test
    void aProfessionalTryingChairActionsIsForbiddenAndAnotherChairFindsNothing() throws Exception {
        long id = api.plan("voorzitter", NEXT_WEEK, "verloskundige").get("id").asLong();
        ResultActions submitted = api.submit("verloskundige", id,
                api.registerCase("verloskundige", "L.G.", true, "MIDWIFE")).andExpect(status().isCreated());
        String accept = "/api/v1/agenda-items/" + api.body(submitted).get("id").asLong() + "/acceptance";

        api.send("verloskundige", post(accept).header("If-Match", etag(submitted))).andExpect(status().isForbidden());
        api.send("verloskundige", put("/api/v1/meetings/" + id + "/agenda/order").header("If-Match", "\"0\""),
                        "{\"itemIds\": []}")
                .andExpect(status().isForbidden());
        api.send("pop-voorzitter", post(accept).header("If-Match", etag(submitted))).andExpect(status().isNotFound());
        api.send("voorzitter", post("/api/v1/agenda-items/999999999/acceptance").header("If-Match", "\"0\""))
                .andExpect(status().isNotFound());
        for (String user : new String[] {"coordinator", "admin"}) {
            api.send(user, get("/api/v1/agenda-requests/mine")).andExpect(status().isForbidden());
            api.send(user, post(accept).header("If-Match", etag(submitted))).andExpect(status().isForbidden());
        }
    }

    @Test
    void malformedJsonAndUnknownFieldsInASubmissionAreRefusedWithTheField() throws Exception {
        long id = api.plan("voorzitter", NEXT_WEEK, "verloskundige").get("id").asLong();
        String path = "/api/v1/meetings/" + id + "/agenda-requests";
        api.send("verloskundige", post(path), "{\"caseNumber\": ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Onleesbaar verzoek"));
        api.send("verloskundige", post(path), "{\"caseNumber\": \"KS-AAAA-AAAA\", \"parentsAttend\": false, \"clientName\": \"Jansen\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("clientName"));
        api.send("verloskundige", post(path), "{\"parentsAttend\": false}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("case"))
                .andExpect(jsonPath("$.errors[1].field").value("question"));
    }

    /** The item's version as its chair reads it now, as an If-Match value. */
    private String versionOf(long meetingId, long itemId) throws Exception {
        JsonNode agenda = api.body(api.send("voorzitter", get("/api/v1/meetings/" + meetingId))).get("agenda");
        return "\"" + agenda.valueStream().filter(item -> item.get("id").asLong() == itemId).findFirst()
                .orElseThrow().get("version").asLong() + "\"";
    }
}
