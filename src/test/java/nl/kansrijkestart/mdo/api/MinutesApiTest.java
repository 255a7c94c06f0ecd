package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.MeetingApiCalls.NEXT_WEEK;
import static nl.kansrijkestart.mdo.api.MeetingApiCalls.TODAY;
import static nl.kansrijkestart.mdo.api.MeetingApiCalls.etag;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

/**
 * Notes, addenda and case minutes through the API, and a chair changing, thinning out and
 * cancelling a planned meeting: the same rules, versions and refusals as on the screens.
 */
@IntegrationTest
class MinutesApiTest {

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
    void participantsWriteTheNotesOfARunningMeetingAndASecondWriterOnAnOldVersionIsToldWhoWroteFirst()
            throws Exception {
        long id = api.plan("voorzitter", TODAY, "verloskundige", "jgz").get("id").asLong();
        String notes = "/api/v1/agenda-items/" + api.accepted("voorzitter", id, "N.A.").get("id").asLong() + "/notes";
        api.send("jgz", put(notes).header("If-None-Match", "*"), "{\"text\": \"Te vroeg.\"}")
                .andExpect(status().isConflict());
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/start").header("If-Match", "\"0\""))
                .andExpect(status().isOk());

        api.send("jgz", get(notes)).andExpect(status().isNoContent());
        api.send("jgz", put(notes), "{\"text\": \"Zonder versie.\"}").andExpect(status().isPreconditionRequired());
        ResultActions first = api.send("jgz", put(notes).header("If-None-Match", "*"),
                        "{\"text\": \"JGZ: huisbezoek in week 2.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updatedBy").exists());
        api.send("verloskundige", put(notes).header("If-None-Match", "*"), "{\"text\": \"Verloskundige: controle.\"}")
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail").value(containsString(api.body(first).get("updatedBy").asString())));
        api.send("verloskundige", put(notes).header("If-Match", etag(first)),
                        "{\"text\": \"JGZ: huisbezoek in week 2. Verloskundige: controle.\"}")
                .andExpect(status().isOk());

        api.send("voorzitter", get(notes)).andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.text").value("JGZ: huisbezoek in week 2. Verloskundige: controle."));
        api.send("jgz", get("/api/v1/meetings/" + id + "/notes")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].text").value("JGZ: huisbezoek in week 2. Verloskundige: controle."));
        api.send("huisarts", get(notes)).andExpect(status().isNotFound());
        api.send("huisarts", put(notes).header("If-None-Match", "*"), "{\"text\": \"x\"}")
                .andExpect(status().isNotFound());
        api.send("coordinator", get("/api/v1/meetings/" + id + "/notes")).andExpect(status().isForbidden());
    }

    @Test
    void afterClosingTheChairAddsAnAddendumAndTheCareTeamReadsTheCaseMinutes() throws Exception {
        long id = api.plan("voorzitter", TODAY, "verloskundige", "jgz").get("id").asLong();
        JsonNode item = api.accepted("voorzitter", id, "N.B.");
        String itemPath = "/api/v1/agenda-items/" + item.get("id").asLong();
        String caseNumber = item.get("caseNumber").asString();
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/start").header("If-Match", "\"0\""));
        api.send("voorzitter", post(itemPath + "/addenda"), "{\"text\": \"Nog open.\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("addendum.validation.not-closed"));
        api.send("voorzitter", put(itemPath + "/outcome").header("If-None-Match", "*"),
                "{\"status\": \"DISCUSSED\", \"conclusion\": \"Wijkteam neemt regie.\", \"followUp\": \"NONE\"}")
                .andExpect(status().isOk());
        String current = etag(api.send("voorzitter", get("/api/v1/meetings/" + id)));
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/close").header("If-Match", current))
                .andExpect(status().isOk());

        api.send("voorzitter", post(itemPath + "/addenda"), "{\"text\": \"  \"}").andExpect(status().isBadRequest());
        api.send("voorzitter", post(itemPath + "/addenda"), "{\"text\": \"Contactpersoon is de verloskundige.\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.writtenBy").exists());
        api.send("jgz", get("/api/v1/meetings/" + id + "/addenda")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].text").value("Contactpersoon is de verloskundige."));

        api.send("verloskundige", get("/api/v1/cases/" + caseNumber + "/minutes")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].meetingId").value(id))
                .andExpect(jsonPath("$[0].outcome.conclusion").value("Wijkteam neemt regie."))
                .andExpect(jsonPath("$[0].addenda[0].text").value("Contactpersoon is de verloskundige."));
        api.send("huisarts", get("/api/v1/cases/" + caseNumber + "/minutes")).andExpect(status().isNotFound());
    }

    @Test
    void theChairChangesTheTimeWithdrawsAnInvitationAndCancelsAPlannedMeetingOthersCannot() throws Exception {
        JsonNode planned = api.plan("voorzitter", TODAY, "verloskundige", "jgz");
        String meeting = "/api/v1/meetings/" + planned.get("id").asLong();
        String schedule = """
                {"date": "%s", "startTime": "09:30", "durationMinutes": 60, "place": "Wijkcentrum Presikhaaf"}
                """.formatted(NEXT_WEEK.plusDays(1));

        api.send("verloskundige", put(meeting + "/schedule").header("If-Match", "\"0\""), schedule)
                .andExpect(status().isForbidden());
        ResultActions moved = api.send("voorzitter", put(meeting + "/schedule").header("If-Match", "\"0\""), schedule)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place").value("Wijkcentrum Presikhaaf"))
                .andExpect(jsonPath("$.durationMinutes").value(60));
        api.send("voorzitter", put(meeting + "/schedule").header("If-Match", "\"0\""), schedule)
                .andExpect(status().isPreconditionFailed());
        api.send("voorzitter", put(meeting + "/schedule").header("If-Match", etag(moved)),
                "{\"date\": \"2001-01-01\", \"startTime\": \"09:30\", \"durationMinutes\": 60, \"place\": \"x\"}")
                .andExpect(status().isBadRequest());

        ResultActions thinned = api.send("voorzitter", delete(meeting + "/participants/" + api.idOf("jgz"))
                        .header("If-Match", etag(moved)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participants.length()").value(1));
        api.send("jgz", get(meeting)).andExpect(status().isNotFound());

        api.send("voorzitter", post(meeting + "/cancellation").header("If-Match", etag(thinned)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        api.send("verloskundige", get(meeting)).andExpect(status().isOk())
                .andExpect(jsonPath("$.meeting.status").value("CANCELLED"));
    }
}
