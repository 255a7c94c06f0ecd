package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.MeetingApiCalls.NEXT_WEEK;
import static nl.kansrijkestart.mdo.api.MeetingApiCalls.etag;
import static nl.kansrijkestart.mdo.api.MeetingApiCalls.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
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

/** Meetings through the API as chairs, invited professionals and other roles see them. */
@IntegrationTest
@RecordApplicationEvents
class MeetingsApiTest {

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
    void aChairPlansAMeetingAndTheInvitedProfessionalFindsItAmongTheirUpcomingMeetings() throws Exception {
        ResultActions planned = api.send("voorzitter", post("/api/v1/meetings"),
                api.meetingJson(NEXT_WEEK, "verloskundige")).andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.chairedByMe").value(true))
                .andExpect(jsonPath("$.participants[0].discipline").value("MIDWIFE"));
        long id = api.body(planned).get("id").asLong();
        assertThat(planned.andReturn().getResponse().getHeader("Location")).isEqualTo("/api/v1/meetings/" + id);

        assertThat(texts(api.body(api.send("verloskundige", get("/api/v1/meetings?when=upcoming"))
                .andExpect(status().isOk())), "id")).contains(String.valueOf(id));
        assertThat(texts(api.body(api.send("verloskundige", get("/api/v1/meetings?when=past"))), "id"))
                .doesNotContain(String.valueOf(id));
        api.send("verloskundige", get("/api/v1/meetings?when=later")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("when"));
    }

    @Test
    void anInvalidMeetingIsRefusedWithEveryFieldAndItsReasonInDutchOrEnglish() throws Exception {
        String invalid = """
                {"type": "POP", "date": "%s", "startTime": "13:00", "durationMinutes": 5, "municipalityCode": "GM0202"}
                """.formatted(LocalDate.now().minusDays(1));
        api.send("voorzitter", post("/api/v1/meetings"), invalid).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Ongeldige invoer"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("duration", "place", "date")))
                .andExpect(jsonPath("$.errors[?(@.field == 'duration')].message")
                        .value("De duur ligt tussen 15 en 480 minuten."));
        api.send("voorzitter", post("/api/v1/meetings").header("Accept-Language", "en"), invalid)
                .andExpect(jsonPath("$.title").value("Invalid input"));
    }

    @Test
    void malformedJsonAndUnknownFieldsAreRefusedAndNothingIsPlanned() throws Exception {
        int before = api.body(api.send("voorzitter", get("/api/v1/meetings"))).size();
        api.send("voorzitter", post("/api/v1/meetings"), "{\"type\": \"POP\", ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Onleesbaar verzoek"));
        api.send("voorzitter", post("/api/v1/meetings"),
                        api.meetingJson(NEXT_WEEK).replace("\"type\"", "\"clientName\": \"Jansen\", \"type\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("clientName"));
        api.send("voorzitter", post("/api/v1/meetings"), api.meetingJson(NEXT_WEEK).replace("90", "\"lang\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("durationMinutes"));
        assertThat(api.body(api.send("voorzitter", get("/api/v1/meetings"))).size()).isEqualTo(before);
    }

    @Test
    void onlyAChairPlansAndCoordinatorsAndAdministratorsSeeNoMeetingsAtAll() throws Exception {
        api.send("verloskundige", post("/api/v1/meetings"), api.meetingJson(NEXT_WEEK))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Uw rol geeft geen toegang tot deze gegevens."));
        long id = api.plan("voorzitter", NEXT_WEEK, "verloskundige").get("id").asLong();
        for (String user : new String[] {"coordinator", "admin"}) {
            api.send(user, get("/api/v1/meetings")).andExpect(status().isForbidden());
            api.send(user, get("/api/v1/meetings/" + id)).andExpect(status().isForbidden());
            api.send(user, get("/api/v1/meetings/" + id + "/invitation.ics")).andExpect(status().isForbidden());
        }
    }

    @Test
    void someoneElsesMeetingIsNotFoundJustLikeAMeetingThatDoesNotExist() throws Exception {
        long id = api.plan("voorzitter", NEXT_WEEK, "verloskundige").get("id").asLong();
        JsonNode unknown = api.body(api.send("wijkteam", get("/api/v1/meetings/999999999"))
                .andExpect(status().isNotFound()));
        JsonNode someoneElses = api.body(api.send("wijkteam", get("/api/v1/meetings/" + id))
                .andExpect(status().isNotFound()));
        assertThat(someoneElses.get("detail")).isEqualTo(unknown.get("detail"));
        assertThat(someoneElses.get("title")).isEqualTo(unknown.get("title"));
        api.send("wijkteam", get("/api/v1/meetings/" + id + "/invitation.ics")).andExpect(status().isNotFound());
        api.send("pop-voorzitter", post("/api/v1/meetings/" + id + "/guests").header("If-Match", "\"0\""),
                "{\"name\": \"P. de Vries\", \"organisation\": \"Veilig Thuis\", \"discipline\": \"OTHER\"}")
                .andExpect(status().isNotFound());
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> e.actor().username().equals("wijkteam")
                && e.detail() != null && e.detail().equals("meeting " + id + ": not invited"));
    }

    @Test
    void theAgendaShowsEachParticipantOnlyWhatTheConsentAllowsTheirDiscipline() throws Exception {
        long id = api.plan("voorzitter", NEXT_WEEK, "verloskundige", "huisarts").get("id").asLong();
        JsonNode item = api.accepted("voorzitter", id, "K.A.");

        ResultActions midwife = api.send("verloskundige", get("/api/v1/meetings/" + id)).andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.meeting.id").value(id))
                .andExpect(jsonPath("$.agenda[0].id").value(item.get("id").asLong()))
                .andExpect(jsonPath("$.agenda[0].caseSummary.initials").value("K.A."));
        assertThat(etag(midwife)).isEqualTo("\"0\"");
        api.send("huisarts", get("/api/v1/meetings/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].caseSummary.anonymised").value(true))
                .andExpect(jsonPath("$.agenda[0].caseSummary.initials").doesNotExist());
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> e.action() == AuditAction.READ
                && "meeting-summary".equals(e.object()) && item.get("caseNumber").asString().equals(e.caseNumber())
                && e.actor().username().equals("huisarts") && e.checks().contains("anonymised"));
    }

    @Test
    void theInvitationDownloadsAsACalendarFileWithoutAnyCase() throws Exception {
        long id = api.plan("voorzitter", NEXT_WEEK, "verloskundige").get("id").asLong();
        String caseNumber = api.accepted("voorzitter", id, "K.B.").get("caseNumber").asString();
        String ics = api.send("verloskundige", get("/api/v1/meetings/" + id + "/invitation.ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/calendar")))
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andReturn().getResponse().getContentAsString();
        assertThat(ics).contains("BEGIN:VCALENDAR", "SUMMARY:MDO Kwetsbaar Zwanger", "Stadskantoor Arnhem")
                .doesNotContain(caseNumber).doesNotContain("K.B.");
        assertThat(api.send("verloskundige", get("/api/v1/meetings/" + id + "/invitation.ics")
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString())
                .contains("SUMMARY:MDO Vulnerable pregnancy");
    }

    @Test
    void theChairInvitesWithTheVersionLastReadAndAnOutdatedVersionNamesWhoChangedIt() throws Exception {
        long id = api.plan("voorzitter", NEXT_WEEK).get("id").asLong();
        String guest = "{\"name\": \"P. de Vries\", \"organisation\": \"Veilig Thuis\", \"discipline\": \"OTHER\"}";
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/guests"), guest)
                .andExpect(status().isPreconditionRequired());
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/guests").header("If-Match", "\"0\""), guest)
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.guests[0].organisation").value("Veilig Thuis"));
        api.send("voorzitter", post("/api/v1/meetings/" + id + "/participants").header("If-Match", "\"0\""),
                        "{\"userId\": " + api.idOf("jgz") + "}")
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail").value(startsWith("Vera Voorzitter heeft")));
    }

    @Test
    void theMeetingEndpointsAreDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/meetings/{meetingId}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agenda-items/{itemId}/outcome']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/actions/mine']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/meetings/{meetingId}/schedule']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agenda-items/{itemId}/notes']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseNumber}/minutes']").exists());
    }
}
