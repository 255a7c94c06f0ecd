package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.MeetingApiCalls.NEXT_WEEK;
import static nl.kansrijkestart.mdo.api.MeetingApiCalls.TODAY;
import static nl.kansrijkestart.mdo.api.MeetingApiCalls.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.CaseDiscussed;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Running a meeting through the API: start, current item, attendance, outcomes, actions, close. */
@IntegrationTest
@RecordApplicationEvents
class MeetingRunApiTest {

    private static final String DISCUSSED = """
            {"status": "DISCUSSED", "conclusion": "Wijkteam start schuldhulp.", "followUp": "NONE"}
            """;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private ApplicationEvents events;

    private MeetingApiCalls api;

    @BeforeEach
    void setUp() {
        api = new MeetingApiCalls(mvc, json, users);
    }

    @Test
    void theChairRunsAMeetingFromStartToCloseAndTheDiscussionCountsOnce() throws Exception {
        long id = api.plan("voorzitter", TODAY, "verloskundige", "jgz").get("id").asLong();
        JsonNode item = api.accepted("voorzitter", id, "M.A.");
        String itemPath = "/api/v1/agenda-items/" + item.get("id").asLong();
        ResultActions started = api.send("voorzitter", post("/api/v1/meetings/" + id + "/start").header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RUNNING"));

        ResultActions moved = api.send("voorzitter", put("/api/v1/meetings/" + id + "/current-item")
                        .header("If-Match", etag(started)), "{\"itemId\": " + item.get("id") + "}")
                .andExpect(status().isNoContent());
        api.send("jgz", get("/api/v1/meetings/" + id)).andExpect(jsonPath("$.currentItemId").value(item.get("id").asLong()));
        api.send("voorzitter", put("/api/v1/meetings/" + id + "/attendance/user-" + api.idOf("verloskundige"))
                        .header("If-Match", etag(moved)), "{\"present\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quorum").value(false))
                .andExpect(jsonPath("$.missingCore[0]").value("SOCIAL_TEAM"));

        ResultActions recorded = api.send("voorzitter", put(itemPath + "/outcome").header("If-None-Match", "*"), DISCUSSED)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISCUSSED"));
        api.send("voorzitter", put(itemPath + "/outcome").header("If-None-Match", "*"), DISCUSSED)
                .andExpect(status().isPreconditionFailed());
        api.send("voorzitter", put(itemPath + "/outcome").header("If-Match", etag(recorded)),
                DISCUSSED.replace("schuldhulp", "schuldhulp en huisvesting")).andExpect(status().isOk());
        api.send("jgz", get("/api/v1/meetings/" + id + "/outcomes")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].conclusion").value("Wijkteam start schuldhulp en huisvesting."));
        assertThat(events.stream(CaseDiscussed.class))
                .filteredOn(e -> e.caseNumber().equals(item.get("caseNumber").asString())).hasSize(1);

        // moving the current item and marking attendance changed the meeting since it was started
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/close").header("If-Match", etag(started)))
                .andExpect(status().isPreconditionFailed());
        String current = etag(api.send("voorzitter", get("/api/v1/meetings/" + id)));
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/close").header("If-Match", current))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        api.send("voorzitter", put(itemPath + "/outcome").header("If-Match", "\"1\""), DISCUSSED)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].code").value("outcome.validation.locked"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Dit overleg is afgesloten: de uitkomsten liggen vast en kunnen niet meer worden gewijzigd."));
        api.send("voorzitter", put("/api/v1/meetings/" + id + "/attendance/user-" + api.idOf("jgz"))
                .header("If-Match", etag(api.send("voorzitter", get("/api/v1/meetings/" + id)))),
                "{\"present\": true}").andExpect(status().isConflict());
    }

    @Test
    void aMeetingPlannedForALaterDayIsNotStartedWithTheReason() throws Exception {
        long id = api.plan("voorzitter", NEXT_WEEK, "verloskundige").get("id").asLong();
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/start").header("If-Match", "\"0\""))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].code").value("outcome.validation.before-planned-day"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void anOutcomeWaitsForTheStartAndNeedsAVersionOrIfNoneMatch() throws Exception {
        long id = api.plan("voorzitter", TODAY, "verloskundige").get("id").asLong();
        String itemPath = "/api/v1/agenda-items/" + api.accepted("voorzitter", id, "M.B.").get("id").asLong();
        api.send("voorzitter", put(itemPath + "/outcome").header("If-None-Match", "*"), DISCUSSED)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].code").value("outcome.validation.not-started"));
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/start").header("If-Match", "\"0\""));
        api.send("voorzitter", put(itemPath + "/outcome"), DISCUSSED).andExpect(status().isPreconditionRequired());
        api.send("voorzitter", put(itemPath + "/outcome").header("If-None-Match", "*"),
                        "{\"status\": \"POSTPONED\", \"followUp\": \"REDISCUSS\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("followUpDate"));
        api.send("voorzitter", put(itemPath + "/outcome").header("If-None-Match", "*"), "{\"status\": \"MAYBE\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/start").header("If-Match", "\"1\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].code").value("outcome.validation.not-planned"));
    }

    @Test
    void anAgreedActionAppearsInTheAssigneesActionsAndOnlyTheyMarkItDone() throws Exception {
        long id = api.plan("voorzitter", TODAY, "verloskundige", "jgz").get("id").asLong();
        long itemId = api.accepted("voorzitter", id, "M.C.").get("id").asLong();
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/start").header("If-Match", "\"0\""));
        String action = """
                {"what": "Huisbezoek plannen met de ouders", "assigneeUserId": %d, "dueOn": "%s"}
                """.formatted(api.idOf("jgz"), NEXT_WEEK.plusDays(3));
        ResultActions agreed = api.send("voorzitter", post("/api/v1/agenda-items/" + itemId + "/actions"), action)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.assigneeName").exists());
        long actionId = api.body(agreed).get("id").asLong();
        api.send("voorzitter", post("/api/v1/agenda-items/" + itemId + "/actions"),
                "{\"what\": \"\", \"dueOn\": \"2000-01-01\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));

        api.send("jgz", get("/api/v1/actions/mine")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) actionId)));
        api.send("verloskundige", post("/api/v1/actions/" + actionId + "/done").header("If-Match", etag(agreed)))
                .andExpect(status().isForbidden());
        api.send("jgz", post("/api/v1/actions/" + actionId + "/done").header("If-Match", etag(agreed)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.doneAt").exists());
        api.send("verloskundige", get("/api/v1/meetings/" + id + "/actions")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].doneAt").exists());
    }

    @Test
    void aProfessionalCannotRunTheMeetingAndCoordinatorsAndAdministratorsAreRefusedEverything() throws Exception {
        long id = api.plan("voorzitter", TODAY, "verloskundige").get("id").asLong();
        long itemId = api.accepted("voorzitter", id, "M.D.").get("id").asLong();
        api.send("verloskundige", post("/api/v1/meetings/" + id + "/start").header("If-Match", "\"0\""))
                .andExpect(status().isForbidden());
        api.send("pop-voorzitter", post("/api/v1/meetings/" + id + "/start").header("If-Match", "\"0\""))
                .andExpect(status().isNotFound());
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/start").header("If-Match", "\"0\""));
        api.send("verloskundige", put("/api/v1/agenda-items/" + itemId + "/outcome").header("If-None-Match", "*"),
                DISCUSSED).andExpect(status().isForbidden());
        api.send("wijkteam", get("/api/v1/meetings/" + id + "/attendance")).andExpect(status().isNotFound());
        for (String user : new String[] {"coordinator", "admin"}) {
            api.send(user, get("/api/v1/actions/mine")).andExpect(status().isForbidden());
            api.send(user, get("/api/v1/meetings/" + id + "/outcomes")).andExpect(status().isForbidden());
            api.send(user, put("/api/v1/meetings/" + id + "/current-item").header("If-Match", "\"1\""),
                            "{\"itemId\": " + itemId + "}")
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anInvitedChairWhoDoesNotChairTheMeetingReadsItButMayNotRunIt() throws Exception {
        long id = api.plan("voorzitter", TODAY, "pop-voorzitter").get("id").asLong();
        api.send("pop-voorzitter", get("/api/v1/meetings/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.meeting.chairedByMe").value(false));
        api.send("pop-voorzitter", post("/api/v1/meetings/" + id + "/start").header("If-Match", "\"0\""))
                .andExpect(status().isForbidden());
        api.send("voorzitter", get("/api/v1/meetings/" + id)).andExpect(jsonPath("$.meeting.status").value("PLANNED"));
    }

    @Test
    void malformedJsonAndUnknownFieldsAreRefusedAndNoOutcomeIsStored() throws Exception {
        long id = api.plan("voorzitter", TODAY, "verloskundige").get("id").asLong();
        String itemPath = "/api/v1/agenda-items/" + api.accepted("voorzitter", id, "M.E.").get("id").asLong();
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/start").header("If-Match", "\"0\""));
        api.send("voorzitter", put(itemPath + "/outcome").header("If-None-Match", "*"), "{\"status\": ")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Onleesbaar verzoek"));
        api.send("voorzitter", put(itemPath + "/outcome").header("If-None-Match", "*"),
                        DISCUSSED.replace("\"followUp\"", "\"initials\": \"M.E.\", \"followUp\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("initials"));
        api.send("voorzitter", put("/api/v1/meetings/" + id + "/attendance/user-1").header("If-Match", "\"1\""), "{}")
                .andExpect(status().isBadRequest());
        api.send("voorzitter", get("/api/v1/meetings/" + id + "/outcomes")).andExpect(jsonPath("$").isEmpty());
    }
}
