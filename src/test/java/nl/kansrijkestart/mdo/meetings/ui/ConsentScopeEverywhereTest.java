package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.today;
import static nl.kansrijkestart.mdo.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.ActionDraft;
import nl.kansrijkestart.mdo.meetings.AddendumService;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.ActionService;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.CurrentItemService;
import nl.kansrijkestart.mdo.meetings.FollowUp;
import nl.kansrijkestart.mdo.meetings.MeetingRoom;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.NotesService;
import nl.kansrijkestart.mdo.meetings.OutcomeDraft;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.meetings.OutcomeStatus;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every GET endpoint of the API and every meeting screen as a participant whose discipline
 * the consent does not cover (the GP) and as one it covers (JGZ), while the meeting runs (also
 * after a live update) and after it closed. Every text written about the case carries a marker.
 */
class ConsentScopeEverywhereTest extends UiTest {

    private static final String CASE_QUESTION = "Casusvraag-Zebra";
    private static final String QUESTION = "Hulpvraag-Walrus";
    private static final String NOTES = "Notitie-Pelikaan";
    private static final String LIVE_NOTES = "Notitie-Live-Kameel";
    private static final String CONCLUSION = "Conclusie-Okapi";
    private static final String ACTION_FOR_JGZ = "Actie-Jgz-Tapir";
    private static final String ACTION_FOR_GP = "Actie-Huisarts-Lynx";
    private static final String ADDENDUM = "Addendum-Gnoe";
    private static final String INITIALS = "Q.Z.";

    @Autowired private MeetingService meetings;
    @Autowired private MeetingRoom room;
    @Autowired private AgendaService agendas;
    @Autowired private OutcomeService outcomes;
    @Autowired private CurrentItemService currentItems;
    @Autowired private NotesService notes;
    @Autowired private ActionService actions;
    @Autowired private AddendumService addenda;
    @Autowired private CaseService cases;
    @Autowired private CurrentUserService users;
    @Autowired private SignedIn signedIn;
    @Autowired private MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") private RequestMappingHandlerMapping mappings;

    @Test
    void aParticipantOutsideTheConsentReadsNoWordAboutTheCaseOnAnyScreenOrEndpointButHerOwnAction() throws Exception {
        Meeting meeting = runningWithEverythingWritten();

        String gp = everything("huisarts", meeting);
        assertThat(gp).doesNotContain(meeting.caseNumber(), INITIALS, CASE_QUESTION, QUESTION, NOTES, CONCLUSION,
                ACTION_FOR_JGZ);
        assertThat(gp).contains(ACTION_FOR_GP, "Geanonimiseerde casus");
        String jgz = everything("jgz", meeting);
        assertThat(jgz).contains(meeting.caseNumber(), INITIALS, CASE_QUESTION, QUESTION, NOTES, CONCLUSION,
                ACTION_FOR_JGZ, ACTION_FOR_GP);

        closeWithAddendum(meeting);
        gp = everything("huisarts", meeting);
        assertThat(gp).doesNotContain(meeting.caseNumber(), INITIALS, CASE_QUESTION, QUESTION, NOTES, CONCLUSION,
                ACTION_FOR_JGZ, ADDENDUM);
        assertThat(gp).contains(ACTION_FOR_GP);
        assertThat(everything("jgz", meeting)).contains(meeting.caseNumber(), CONCLUSION, NOTES, ADDENDUM);
    }

    @Test
    void aParticipantOutsideTheConsentCanNeitherReadNorOverwriteTheNotesOfThatItem() throws Exception {
        Meeting meeting = runningWithEverythingWritten();
        String notesOfItem = "/api/v1/agenda-items/" + meeting.itemId() + "/notes";
        mvc.perform(get(notesOfItem).with(httpBasic("huisarts", "demo"))).andExpect(status().isForbidden());
        mvc.perform(put(notesOfItem).with(httpBasic("huisarts", "demo")).header("If-None-Match", "*")
                .contentType("application/json").content("{\"text\": \"Overschreven\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(notesOfItem).with(httpBasic("jgz", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value(NOTES));
    }

    @Test
    void theLiveUpdateOfTheNotesReachesOnlyTheParticipantsWithinTheConsent() {
        Meeting meeting = runningWithEverythingWritten();
        assertThat(liveScreenAfterNotes("huisarts", meeting, LIVE_NOTES + "-1")).doesNotContain(LIVE_NOTES);
        liveScreenAfterNotes("jgz", meeting, LIVE_NOTES + "-2");
        // The change reaches the page on a delivery thread of the meeting's room.
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).contains(LIVE_NOTES + "-2");
        });
    }

    @Test
    void theChairOutsideTheConsentSeesTheTextsOfHerOwnMeetingButNotTheClientsIdentity() throws Exception {
        Meeting meeting = runningWithEverythingWritten(Discipline.MIDWIFE);
        String chair = everything("voorzitter", meeting);
        assertThat(chair).contains(meeting.caseNumber(), QUESTION, NOTES, CONCLUSION, ACTION_FOR_JGZ);
        assertThat(chair).doesNotContain(INITIALS);
    }

    /**
     * The user's live page after the notes changed. Each page gets its changes in order, so once a
     * later change has reached it (the chair opening the meeting, which every participant sees),
     * the notes change has reached it too: what the page shows then is all it will ever show of it.
     */
    private String liveScreenAfterNotes(String user, Meeting meeting, String text) {
        loginAs(user);
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        LivePresence presence = _get(LivePresence.class);
        int before = presence.names().size();
        signedIn.as("voorzitter");
        notes.save(meeting.itemId(), notes.note(meeting.itemId()).orElseThrow().version(), text);
        Runnable chairLeaves = room.join(meeting.id(), change -> {});
        signedIn.as(user);
        try {
            eventually(() -> {
                MockVaadin.clientRoundtrip(false);
                assertThat(presence.names()).hasSize(before + 1);
            });
            return PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
        } finally {
            chairLeaves.run();
        }
    }

    /** Every API body a GET answers this user, and every meeting screen as the user sees it. */
    private String everything(String user, Meeting meeting) throws Exception {
        StringBuilder seen = new StringBuilder();
        for (String path : getPaths()) {
            String url = path.replace("{meetingId}", String.valueOf(meeting.id()))
                    .replace("{itemId}", String.valueOf(meeting.itemId()))
                    .replace("{caseNumber}", meeting.caseNumber());
            if (url.contains("{")) {
                continue;
            }
            // A refusal echoes the path the caller typed as its instance; that is no leak.
            seen.append(mvc.perform(get(url).with(httpBasic(user, "demo"))).andReturn().getResponse()
                    .getContentAsString().replaceAll("\"instance\":\"[^\"]*\"", "")).append('\n');
        }
        for (String screen : List.of("", "overleggen", "overleggen/" + meeting.id(), "acties",
                "overleggen/casus/" + meeting.caseNumber())) {
            loginAs(user);
            try {
                UI.getCurrent().navigate(screen);
            } catch (RuntimeException refused) {
                seen.append("refused\n");
            }
            seen.append(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).append('\n');
        }
        return seen.toString();
    }

    private List<String> getPaths() {
        List<String> paths = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
                    && info.getPathPatternsCondition() != null) {
                info.getPathPatternsCondition().getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/")).forEach(paths::add);
            }
        });
        assertThat(paths).contains("/api/v1/meetings/{meetingId}/notes", "/api/v1/agenda-items/{itemId}/notes");
        return paths;
    }

    private Meeting runningWithEverythingWritten(Discipline... consented) {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(today(),
                Set.of(idOf(users, "huisarts"), idOf(users, "jgz"), idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(new CaseDraft(CaseType.PREGNANCY, false, INITIALS,
                LocalDate.now().getYear() - 27, LocalDate.now().plusMonths(5), null, "GM0202", null, CASE_QUESTION,
                Set.of(Factor.FINANCIAL_PROBLEMS)),
                consentFor(consented.length == 0 ? new Discipline[] {Discipline.MIDWIFE, Discipline.JGZ} : consented));
        AgendaEntry request = agendas.submit(planned.id(), created.caseNumber(), QUESTION, false);
        signedIn.as("voorzitter");
        AgendaEntry item = agendas.accept(request.id(), request.version());
        MeetingSummary current = meetings.open(planned.id());
        outcomes.start(current.id(), current.version());
        currentItems.discuss(planned.id(), item.id(), meetings.open(planned.id()).version());
        notes.save(item.id(), null, NOTES);
        outcomes.record(item.id(), null, new OutcomeDraft(OutcomeStatus.DISCUSSED, CONCLUSION, FollowUp.NONE, null));
        actions.agree(item.id(), new ActionDraft(ACTION_FOR_JGZ, idOf(users, "jgz"), null,
                LocalDate.now().plusDays(20)));
        actions.agree(item.id(), new ActionDraft(ACTION_FOR_GP, idOf(users, "huisarts"), null,
                LocalDate.now().plusDays(21)));
        return new Meeting(planned.id(), item.id(), created.caseNumber());
    }

    private void closeWithAddendum(Meeting meeting) {
        signedIn.as("voorzitter");
        MeetingSummary current = meetings.open(meeting.id());
        outcomes.close(current.id(), current.version());
        signedIn.as("verloskundige");
        addenda.add(meeting.itemId(), ADDENDUM);
    }

    private record Meeting(long id, long itemId, String caseNumber) {}
}
