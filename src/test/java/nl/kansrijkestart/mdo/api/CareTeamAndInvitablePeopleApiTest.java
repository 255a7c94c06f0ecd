package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A case's care team for its members only; the people a chair may invite, for chairs only. */
@IntegrationTest
@RecordApplicationEvents
class CareTeamAndInvitablePeopleApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationEvents events;

    @Test
    void aMemberReadsTheCareTeamWithNameDisciplineOrganisationAndContactPerson() throws Exception {
        String number = register("C.T.");
        mvc.perform(get("/api/v1/cases/" + number + "/care-team").with(httpBasic("verloskundige", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Marieke de Vries"))
                .andExpect(jsonPath("$.items[0].discipline").value("MIDWIFE"))
                .andExpect(jsonPath("$.items[0].organisation").value("Verloskundigenpraktijk De Wieg (demo)"))
                .andExpect(jsonPath("$.items[0].contactPerson").value(true));
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> number.equals(e.caseNumber())
                && "care-team".equals(e.object()) && e.action() == AuditAction.READ
                && e.outcome() == AuditOutcome.SUCCESS);
    }

    @Test
    void anyoneElseGetsNotFoundOrForbiddenAndTheRefusalIsLogged() throws Exception {
        String number = register("C.U.");
        String path = "/api/v1/cases/" + number + "/care-team";
        for (String stranger : new String[] {"huisarts", "voorzitter", "pop-voorzitter"}) {
            mvc.perform(get(path).with(httpBasic(stranger, "demo")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("api.case-not-found"));
        }
        for (String role : new String[] {"coordinator", "admin", "indicator-feed", "screening-platform"}) {
            mvc.perform(get(path).with(httpBasic(role, "demo"))).andExpect(status().isForbidden());
        }
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> number.equals(e.caseNumber())
                && "care-team".equals(e.object()) && e.outcome() == AuditOutcome.DENIED
                && e.actor().username().equals("huisarts"));
    }

    @Test
    void aChairSeesWhomSheMayInviteWithNameDisciplineAndOrganisationOnly() throws Exception {
        String body = mvc.perform(get("/api/v1/invitable-people?q=marieke").with(httpBasic("voorzitter", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("Marieke de Vries"))
                .andExpect(jsonPath("$.items[0].discipline").value("MIDWIFE"))
                .andExpect(jsonPath("$.items[0].organisation").value("Verloskundigenpraktijk De Wieg (demo)"))
                .andReturn().getResponse().getContentAsString();
        JsonNode person = JsonMapper.shared().readTree(body).get("items").get(0);
        assertThat(person.propertyNames()).containsExactlyInAnyOrderElementsOf(
                Set.of("userId", "name", "discipline", "organisation"));
    }

    @Test
    void invitablePeopleAreFilteredByDisciplineAndPagedWithoutServiceAccountsOrDisabledAccounts() throws Exception {
        mvc.perform(get("/api/v1/invitable-people?discipline=MIDWIFE&size=200").with(httpBasic("pop-voorzitter", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].discipline", everyItem(is("MIDWIFE"))))
                .andExpect(jsonPath("$.items[*].name", hasItem("Marieke de Vries")));
        String all = mvc.perform(get("/api/v1/invitable-people?size=200").with(httpBasic("voorzitter", "demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(all).doesNotContain("serviceaccount", "Ulla Uitgeschakeld");
        long total = JsonMapper.shared().readTree(all).get("totalItems").asLong();
        mvc.perform(get("/api/v1/invitable-people?size=1&page=1").with(httpBasic("voorzitter", "demo")))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.totalItems").value(total));
        mvc.perform(get("/api/v1/invitable-people?discipline=DOKTER").with(httpBasic("voorzitter", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("discipline"));
    }

    @Test
    void onlyChairsMayListInvitablePeople() throws Exception {
        for (String other : new String[] {"verloskundige", "coordinator", "admin", "indicator-feed", "screening-platform"}) {
            mvc.perform(get("/api/v1/invitable-people").with(httpBasic(other, "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("api.forbidden"));
        }
        mvc.perform(get("/api/v1/invitable-people")).andExpect(status().isUnauthorized());
    }

    private String register(String initials) throws Exception {
        String body = mvc.perform(post("/api/v1/cases").with(httpBasic("verloskundige", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                {"type": "PREGNANCY", "anonymous": false, "initials": "%s", "parentBirthYear": 1996,
                 "expectedDueDate": "%s", "municipalityCode": "GM0202", "question": "Zorgen om schulden.",
                 "factors": ["FINANCIAL_PROBLEMS"],
                 "consent": {"basis": "CONSENT", "givenOn": "%s", "form": "WRITTEN", "givenBy": "CLIENT",
                             "discussInMeeting": true, "parentsAttend": false, "contactOtherProfessionals": false,
                             "sharedDisciplines": ["MIDWIFE"]}}
                """.formatted(initials, LocalDate.now().plusMonths(4), LocalDate.now())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body).get("caseNumber").asString();
    }
}
