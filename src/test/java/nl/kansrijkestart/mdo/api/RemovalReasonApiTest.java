package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.MeetingPlanService;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Why a case left the agenda: a stable code for programs, and the text in the request's language. */
@IntegrationTest
class RemovalReasonApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private MeetingPlanService plans;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private CaseService cases;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theRemovalReasonIsTheSameCodeInEveryLanguageWithItsTextBeside() throws Exception {
        signedIn.as("voorzitter");
        MeetingSummary meeting = meetings.plan(mdoInArnhem(LocalDate.now().plusDays(12),
                Set.of(idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        String number = cases.register(pregnancy("R.C."), consentFor(Discipline.MIDWIFE)).caseNumber();
        AgendaEntry request = agendas.submit(meeting.id(), number, "Wat is nodig?", false);
        signedIn.as("voorzitter");
        plans.cancel(meeting.id(), meetings.open(meeting.id()).version());
        signedIn.nobody();

        String item = "$[?(@.itemId == " + request.id() + ")]";
        mvc.perform(get("/api/v1/agenda-requests/mine").with(httpBasic("verloskundige", "demo")))
                .andExpect(jsonPath(item + ".removalReason", hasItem("agenda.removed.meeting-cancelled")))
                .andExpect(jsonPath(item + ".removalReasonText", hasItem(containsString("overleg"))));
        mvc.perform(get("/api/v1/agenda-requests/mine").header("Accept-Language", "en")
                        .with(httpBasic("verloskundige", "demo")))
                .andExpect(jsonPath(item + ".removalReason", hasItem("agenda.removed.meeting-cancelled")))
                .andExpect(jsonPath(item + ".removalReasonText", hasItem(containsString("meeting"))));
    }

    @Test
    void theChairsMeetingAgendaGivesTheRemovalCodeWithItsTextInTheRequestsLanguage() throws Exception {
        signedIn.as("voorzitter");
        MeetingSummary meeting = meetings.plan(mdoInArnhem(LocalDate.now().plusDays(13),
                Set.of(idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        String number = cases.register(pregnancy("R.D."), consentFor(Discipline.MIDWIFE)).caseNumber();
        AgendaEntry request = agendas.submit(meeting.id(), number, "Wie helpt bij de schulden?", false);
        signedIn.as("voorzitter");
        plans.cancel(meeting.id(), meetings.open(meeting.id()).version());
        signedIn.nobody();

        String item = "$.agenda[?(@.id == " + request.id() + ")]";
        mvc.perform(get("/api/v1/meetings/" + meeting.id()).with(httpBasic("voorzitter", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(item + ".removalReason", hasItem("agenda.removed.meeting-cancelled")))
                .andExpect(jsonPath(item + ".removalReasonText", hasItem("Het overleg is geannuleerd; meld de casus aan voor een ander overleg.")));
        mvc.perform(get("/api/v1/meetings/" + meeting.id()).header("Accept-Language", "en")
                        .with(httpBasic("voorzitter", "demo")))
                .andExpect(jsonPath(item + ".removalReason", hasItem("agenda.removed.meeting-cancelled")))
                .andExpect(jsonPath(item + ".removalReasonText", hasItem("The meeting was cancelled; submit the case for another meeting.")));
    }

    @Test
    void anItemStillOnTheAgendaHasNeitherCodeNorText() throws Exception {
        signedIn.as("voorzitter");
        MeetingSummary meeting = meetings.plan(mdoInArnhem(LocalDate.now().plusDays(14),
                Set.of(idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        String number = cases.register(pregnancy("R.E."), consentFor(Discipline.MIDWIFE)).caseNumber();
        AgendaEntry request = agendas.submit(meeting.id(), number, "Wie neemt de regie?", false);
        signedIn.nobody();

        mvc.perform(post("/api/v1/agenda-items/" + request.id() + "/acceptance")
                        .header("If-Match", "\"" + request.version() + "\"").with(httpBasic("voorzitter", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.removalReason").value(nullValue()))
                .andExpect(jsonPath("$.removalReasonText").value(nullValue()));
    }
}
