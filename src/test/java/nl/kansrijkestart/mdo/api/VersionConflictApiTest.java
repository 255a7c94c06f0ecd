package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.MeetingApiCalls.NEXT_WEEK;
import static nl.kansrijkestart.mdo.api.MeetingApiCalls.TODAY;
import static nl.kansrijkestart.mdo.api.MeetingApiCalls.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two clients writing on the same version: the first wins, the second hears 412 and what it wrote
 * is not stored, whether the service's version check or the database's optimistic lock catches it.
 * The current item, attendance and the agenda order are versioned like every other change. Tagged
 * "database": the race runs on H2 and on PostgreSQL, whose row locks behave differently.
 */
@IntegrationTest
@Tag("database")
class VersionConflictApiTest {

    private static final String DISCUSSED = """
            {"status": "DISCUSSED", "conclusion": "Verloskundige blijft contactpersoon.", "followUp": "NONE"}
            """;

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

    private MeetingApiCalls api;

    @BeforeEach
    void setUp() {
        api = new MeetingApiCalls(mvc, json, users);
    }

    @Test
    void twoPagesOfTheChairMovingTheCurrentItemOnOneVersionCannotUndoEachOther() throws Exception {
        long id = api.plan("voorzitter", TODAY, "verloskundige").get("id").asLong();
        long first = api.accepted("voorzitter", id, "V.A.").get("id").asLong();
        long second = api.accepted("voorzitter", id, "V.B.").get("id").asLong();
        String started = etag(api.send("voorzitter", post("/api/v1/meetings/" + id + "/start")
                .header("If-Match", meetingVersion(id))).andExpect(status().isOk()));
        String path = "/api/v1/meetings/" + id + "/current-item";

        ResultActions moved = api.send("voorzitter", put(path).header("If-Match", started), itemJson(first))
                .andExpect(status().isNoContent()).andExpect(header().exists("ETag"));
        api.send("voorzitter", put(path).header("If-Match", started), itemJson(second))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail").value(
                        "Vera Voorzitter heeft de gegevens intussen gewijzigd; lees ze opnieuw en probeer het daarna nog eens."));
        api.send("voorzitter", put(path), itemJson(second)).andExpect(status().isPreconditionRequired());
        api.send("verloskundige", get("/api/v1/meetings/" + id)).andExpect(jsonPath("$.currentItemId").value(first));

        api.send("voorzitter", put(path).header("If-Match", etag(moved)), itemJson(second))
                .andExpect(status().isNoContent());
        api.send("verloskundige", get("/api/v1/meetings/" + id)).andExpect(jsonPath("$.currentItemId").value(second));
    }

    @Test
    void twoClientsMarkingOnePersonPresentAndAbsentOnOneVersionStoreOnlyTheFirst() throws Exception {
        long id = api.plan("voorzitter", TODAY, "verloskundige").get("id").asLong();
        String started = etag(api.send("voorzitter", post("/api/v1/meetings/" + id + "/start")
                .header("If-Match", meetingVersion(id))).andExpect(status().isOk()));
        String path = "/api/v1/meetings/" + id + "/attendance/user-" + api.idOf("verloskundige");

        api.send("voorzitter", put(path).header("If-Match", started), "{\"present\": true}")
                .andExpect(status().isOk()).andExpect(header().exists("ETag"));
        api.send("voorzitter", put(path).header("If-Match", started), "{\"present\": false}")
                .andExpect(status().isPreconditionFailed());
        api.send("voorzitter", put(path), "{\"present\": false}").andExpect(status().isPreconditionRequired());

        JsonNode attendees = api.body(api.send("verloskundige", get("/api/v1/meetings/" + id + "/attendance")))
                .get("attendees");
        assertThat(attendees.get(0).get("present").asBoolean()).isTrue();
    }

    @Test
    void twoClientsOrderingTheAgendaOnOneVersionStoreOnlyTheFirstOrder() throws Exception {
        long id = api.plan("voorzitter", TODAY, "verloskundige").get("id").asLong();
        long first = api.accepted("voorzitter", id, "V.C.").get("id").asLong();
        long second = api.accepted("voorzitter", id, "V.D.").get("id").asLong();
        String seen = meetingVersion(id);
        String path = "/api/v1/meetings/" + id + "/agenda/order";

        api.send("voorzitter", put(path).header("If-Match", seen), orderJson(second, first))
                .andExpect(status().isNoContent()).andExpect(header().exists("ETag"));
        api.send("voorzitter", put(path).header("If-Match", seen), orderJson(first, second))
                .andExpect(status().isPreconditionFailed());
        api.send("voorzitter", put(path), orderJson(first, second)).andExpect(status().isPreconditionRequired());

        api.send("verloskundige", get("/api/v1/meetings/" + id))
                .andExpect(jsonPath("$.agenda[0].id").value(second))
                .andExpect(jsonPath("$.agenda[1].id").value(first));
    }

    @Test
    void aFirstOutcomeSentWithAnIfMatchIsRefusedBecauseThereIsNoVersionToMatch() throws Exception {
        long id = api.plan("voorzitter", TODAY, "verloskundige").get("id").asLong();
        long item = api.accepted("voorzitter", id, "V.E.").get("id").asLong();
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/start").header("If-Match", meetingVersion(id)))
                .andExpect(status().isOk());
        String outcome = "/api/v1/agenda-items/" + item + "/outcome";

        api.send("voorzitter", put(outcome).header("If-Match", "\"0\""), DISCUSSED)
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.title").value("Versie bestaat niet"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agenda_outcome WHERE agenda_item_id = ?", Long.class,
                item)).isZero();
        api.send("voorzitter", put(outcome).header("If-None-Match", "*"), DISCUSSED).andExpect(status().isOk());
    }

    /**
     * Six requests of the chair on the same version at once. Each passes the service's version check
     * before any has committed, so all but one are stopped by the database's optimistic lock at flush
     * (or, waiting for the row lock, by the database): 412 or 409, never 403 or 500.
     */
    @Test
    void simultaneousChangesOnOneVersionLeaveOneWinnerAndNoServerError() throws Exception {
        long id = api.plan("voorzitter", TODAY, "verloskundige").get("id").asLong();
        String seen = meetingVersion(id);
        Authentication chair = signedIn.as("voorzitter");
        signedIn.nobody();
        int clients = 6;
        CyclicBarrier together = new CyclicBarrier(clients);
        List<Callable<Integer>> writes = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String place = "Wijkcentrum " + i;
            writes.add(() -> {
                together.await();
                return mvc.perform(put("/api/v1/meetings/" + id + "/schedule").with(authentication(chair))
                        .header("If-Match", seen).contentType(MediaType.APPLICATION_JSON)
                        .content(scheduleJson(place))).andReturn().getResponse().getStatus();
            });
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (Future<Integer> answer : pool.invokeAll(writes)) {
                statuses.add(answer.get());
            }
        }

        assertThat(statuses).filteredOn(code -> code == 200).hasSize(1);
        assertThat(statuses).filteredOn(code -> code != 200).allMatch(code -> code == 412 || code == 409);
        String place = api.body(api.send("voorzitter", get("/api/v1/meetings/" + id))).get("meeting").get("place")
                .asString();
        assertThat(place).startsWith("Wijkcentrum ");
    }

    private String meetingVersion(long id) throws Exception {
        return etag(api.send("voorzitter", get("/api/v1/meetings/" + id)));
    }

    private static String itemJson(long itemId) {
        return "{\"itemId\": " + itemId + "}";
    }

    private static String orderJson(long... itemIds) {
        return "{\"itemIds\": [" + itemIds[0] + ", " + itemIds[1] + "]}";
    }

    private static String scheduleJson(String place) {
        return """
                {"date": "%s", "startTime": "10:00", "durationMinutes": 60, "place": "%s"}
                """.formatted(NEXT_WEEK.plusDays(1), place);
    }
}
