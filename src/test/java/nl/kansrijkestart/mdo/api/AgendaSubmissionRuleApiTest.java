package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.api.MeetingApiCalls.NEXT_WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may put a case on which agenda: the chair and the professionals invited to the meeting, each
 * only a case of their own care team. Every other attempt gets one and the same answer, so that
 * nobody learns by trying which meeting or case ids exist.
 */
@IntegrationTest
class AgendaSubmissionRuleApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Autowired
    private CurrentUserService users;

    private MeetingApiCalls api;

    @BeforeEach
    void calls() {
        api = new MeetingApiCalls(mvc, json, users);
    }

    @Test
    void unknownMeetingNotInvitedUnknownCaseAndSomeoneElsesCaseGetTheSameStatusAndBody() throws Exception {
        long invited = api.plan("voorzitter", NEXT_WEEK.plusDays(2), "verloskundige").get("id").asLong();
        long notInvited = api.plan("voorzitter", NEXT_WEEK.plusDays(3), "jgz").get("id").asLong();
        String own = api.registerCase("verloskundige", "R.A.", true, "MIDWIFE");
        String someoneElses = api.registerCase("gynaecoloog", "R.B.", true, "OBSTETRICIAN");

        List<String> answers = new ArrayList<>();
        for (ResultActions refused : List.of(api.submit("verloskundige", 987654321, own),
                api.submit("verloskundige", notInvited, own),
                api.submit("verloskundige", invited, "KS-0000-0000"),
                api.submit("verloskundige", invited, someoneElses))) {
            refused.andExpect(status().isNotFound());
            answers.add(refused.andReturn().getResponse().getContentAsString());
        }
        assertThat(answers).containsOnly(answers.getFirst());
        assertThat(answers.getFirst()).contains("niet voor dit overleg aanmelden").doesNotContain(own);

        api.submit("verloskundige", invited, own).andExpect(status().isCreated());
    }

    @Test
    void aProfessionalNotInvitedCannotSubmitEvenHerOwnCaseAndTheChairOnlyCasesOfHerCareTeam() throws Exception {
        long meeting = api.plan("voorzitter", NEXT_WEEK.plusDays(4), "jgz").get("id").asLong();
        String midwifesCase = api.registerCase("verloskundige", "R.C.", true, "MIDWIFE", "JGZ");
        String body = api.submit("verloskundige", meeting, midwifesCase).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        // The chair takes part but is not on this case's care team; an invited JGZ nurse neither.
        assertThat(api.submit("voorzitter", meeting, midwifesCase).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString()).isEqualTo(body);
        assertThat(api.submit("jgz", meeting, midwifesCase).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString()).isEqualTo(body);
        // Another chair, not invited, learns nothing either.
        assertThat(api.submit("pop-voorzitter", meeting, midwifesCase).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString()).isEqualTo(body);
    }

    @Test
    void rolesWithoutCasesAreRefusedByRoleAndStrangersMustSignIn() throws Exception {
        long meeting = api.plan("voorzitter", NEXT_WEEK.plusDays(5), "verloskundige").get("id").asLong();
        String own = api.registerCase("verloskundige", "R.D.", true, "MIDWIFE");
        api.submit("coordinator", meeting, own).andExpect(status().isForbidden());
        api.submit("admin", meeting, own).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/meetings/" + meeting + "/agenda-requests").contentType("application/json")
                .content("{\"caseNumber\": \"" + own + "\", \"question\": \"Wat nu?\"}"))
                .andExpect(status().isUnauthorized());
    }
}
