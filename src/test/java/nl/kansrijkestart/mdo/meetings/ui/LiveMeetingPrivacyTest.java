package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.today;
import static nl.kansrijkestart.mdo.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.kansrijkestart.mdo.cases.CareTeamService;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.ConsentService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.OrganisationService;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.identity.UserAdminService;
import nl.kansrijkestart.mdo.identity.UserDraft;
import nl.kansrijkestart.mdo.identity.UserSummary;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.CurrentItemService;
import nl.kansrijkestart.mdo.meetings.MeetingChanged;
import nl.kansrijkestart.mdo.meetings.MeetingPlanService;
import nl.kansrijkestart.mdo.meetings.MeetingRoom;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.testing.AccessLogRows;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After any change of who may see what, an open meeting page shows only what its viewer may see
 * now, without reloading: a case whose consent is withdrawn or narrowed, or whose care team no
 * longer has the viewer, leaves her screen at once; a participant taken off the meeting, whose
 * account is disabled or whose meeting is cancelled keeps no meeting content on her screen, is
 * no longer in the room and has nothing more read in her name. The participant's page runs on the
 * test thread and changes only through the room and {@code ui.access}; the chair's page, where
 * one is needed, on a thread of its own (Karibu keeps one mock session per thread).
 */
class LiveMeetingPrivacyTest extends UiTest {

    private static final String QUESTION = "Wie neemt regie?";

    private final ExecutorService chairsBrowser = Executors.newSingleThreadExecutor();

    @Autowired
    private MeetingService meetings;

    @Autowired
    private MeetingPlanService planChanges;

    @Autowired
    private MeetingRoom room;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private CurrentItemService currentItems;

    @Autowired
    private CaseService cases;

    @Autowired
    private ConsentService consents;

    @Autowired
    private CareTeamService careTeam;

    @Autowired
    private UserAdminService accounts;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void closeChairsBrowser() throws Exception {
        chairsBrowser.submit(() -> {
            MockVaadin.tearDown();
            signedIn.nobody();
        }).get();
        chairsBrowser.shutdown();
    }

    @Test
    void aWithdrawnConsentTakesTheCaseOffTheOpenPageAtOnce() {
        MeetingSummary meeting = planned("jgz");
        AgendaEntry item = accepted(meeting, "X.A.");
        openAs("jgz", meeting);
        assertThat(pageText()).contains(QUESTION, "X.A.");

        signedIn.as("verloskundige");
        CaseDetails details = cases.open(item.caseNumber());
        consents.withdraw(item.caseNumber(), details.version(), details.consents().getFirst().id(), null);

        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(pageText()).doesNotContain(QUESTION).doesNotContain("X.A.");
        });
    }

    @Test
    void aNewConsentThatNoLongerSharesWithTheViewersDisciplineAnonymisesTheCaseOnHerOpenPage() {
        MeetingSummary meeting = planned("jgz");
        AgendaEntry item = accepted(meeting, "X.B.");
        openAs("jgz", meeting);
        assertThat(pageText()).contains(QUESTION, "X.B.", item.caseNumber());

        signedIn.as("verloskundige");
        consents.record(item.caseNumber(), cases.open(item.caseNumber()).version(), consentFor(Discipline.MIDWIFE));

        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(pageText()).doesNotContain(QUESTION).doesNotContain("X.B.")
                    .doesNotContain(item.caseNumber());
            assertThat(_find(Div.class, spec -> spec.withId("agenda-item-item-" + item.id()))).hasSize(1);
        });
    }

    @Test
    void takenOffTheCareTeamOutsideTheConsentTheViewerNoLongerSeesTheCaseOnHerOpenPage() {
        MeetingSummary meeting = planned("jgz");
        AgendaEntry item = accepted(meeting, "X.C.");
        signedIn.as("verloskundige");
        String caseNumber = item.caseNumber();
        CaseDetails details = careTeam.addMember(caseNumber, cases.open(caseNumber).version(), idOf(users, "jgz"));
        details = consents.record(caseNumber, details.version(), consentFor(Discipline.MIDWIFE));
        openAs("jgz", meeting);
        assertThat(pageText()).as("on the care team").contains(QUESTION, "X.C.");

        signedIn.as("verloskundige");
        careTeam.removeMember(caseNumber, details.version(), idOf(users, "jgz"));

        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(pageText()).doesNotContain(QUESTION).doesNotContain("X.C.");
        });
    }

    @Test
    void aParticipantTakenOffTheMeetingSeesWhyLeavesTheRoomAndHasNothingMoreReadInHerName() throws Exception {
        MeetingSummary meeting = planned("jgz");
        accepted(meeting, "X.D.");
        openAs("jgz", meeting);
        asChair(meeting, () -> {});
        eventually(() -> assertThat(room.onlineHere(meeting.id())).hasSize(2));

        signedIn.as("voorzitter");
        planChanges.uninvite(meeting.id(), meetings.open(meeting.id()).version(), idOf(users, "jgz"));

        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertEnded("geen deelnemer meer");
        });
        assertThat(room.onlineHere(meeting.id())).containsExactly("Vera Voorzitter");
        long afterEnd = AccessLogRows.last(jdbc);
        room.deliver(MeetingChanged.access(meeting.id()));
        room.deliver(new MeetingChanged(meeting.id(), MeetingChanged.Change.RESYNC, ""));
        eventually(() -> asChair(meeting,
                () -> assertThat(AccessLogRows.readsOf(jdbc, "voorzitter", afterEnd)).isPositive()));
        MockVaadin.clientRoundtrip(false);
        assertEnded("geen deelnemer meer");
        assertThat(AccessLogRows.readsOf(jdbc, "jgz", afterEnd)).isZero();
    }

    @Test
    void aDisabledAccountsOpenPageStopsShowingTheMeetingAndFollowsNoMoreMoves() {
        signedIn.as("admin");
        String username = "vertrokken." + System.nanoTime();
        UserSummary leaving = accounts.createUser(new UserDraft(username, "Vera Vertrokken",
                Set.of(Role.PROFESSIONAL), Discipline.JGZ, organisations.organisations().getFirst().id()),
                "een-lang-wachtwoord");
        MeetingSummary meeting = planned(username);
        AgendaEntry first = accepted(meeting, "X.E.");
        AgendaEntry second = accepted(meeting, "X.F.");
        start(meeting);
        openAs(username, meeting);
        assertThat(pageText()).contains(QUESTION, "X.E.");

        signedIn.as("admin");
        accounts.setEnabled(leaving.id(), leaving.version(), false);

        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertEnded("account is geblokkeerd");
        });
        long afterEnd = AccessLogRows.last(jdbc);
        signedIn.as("voorzitter");
        long moved = currentItems.discuss(meeting.id(), first.id(), meetings.open(meeting.id()).version());
        currentItems.discuss(meeting.id(), second.id(), moved);
        room.deliver(MeetingChanged.access(meeting.id()));
        MockVaadin.clientRoundtrip(false);
        assertEnded("account is geblokkeerd");
        assertThat(pageText()).doesNotContain("Nu aan de orde");
        assertThat(room.onlineHere(meeting.id())).doesNotContain("Vera Vertrokken");
        assertThat(AccessLogRows.readsOf(jdbc, username, afterEnd)).isZero();
    }

    @Test
    void aMeetingCancelledWhileItsPageIsOpenLeavesNoContentOnIt() {
        MeetingSummary meeting = planned("jgz");
        accepted(meeting, "X.G.");
        openAs("jgz", meeting);

        signedIn.as("voorzitter");
        planChanges.cancel(meeting.id(), meetings.open(meeting.id()).version());

        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertEnded("geannuleerd");
        });
        assertThat(pageText()).doesNotContain(QUESTION);
        assertThat(room.onlineHere(meeting.id())).doesNotContain("Joost Jansen");
    }

    private void assertEnded(String why) {
        assertThat(_get(Paragraph.class, spec -> spec.withId("meeting-ended")).getText()).contains(why);
        assertThat(_find(AgendaList.class)).isEmpty();
        assertThat(_find(LivePresence.class)).isEmpty();
        assertThat(pageText()).doesNotContain(QUESTION);
    }

    private String pageText() {
        return _get(MeetingView.class).getElement().getTextRecursively();
    }

    private void openAs(String username, MeetingSummary meeting) {
        loginAs(username);
        UI.getCurrent().navigate("overleggen/" + meeting.id());
    }

    /** Opens the chair's page on the chair's own thread (once) and acts there. */
    private void asChair(MeetingSummary meeting, Runnable action) throws Exception {
        chairsBrowser.submit(() -> {
            if (UI.getCurrent() == null) {
                loginAs("voorzitter");
                UI.getCurrent().navigate("overleggen/" + meeting.id());
            }
            MockVaadin.clientRoundtrip(false);
            action.run();
        }).get();
    }

    private MeetingSummary planned(String participant) {
        signedIn.as("voorzitter");
        return meetings.plan(mdoInArnhem(today(), Set.of(idOf(users, participant), idOf(users, "verloskundige"))));
    }

    private void start(MeetingSummary meeting) {
        signedIn.as("voorzitter");
        MeetingSummary current = meetings.open(meeting.id());
        outcomes.start(current.id(), current.version());
    }

    private AgendaEntry accepted(MeetingSummary meeting, String initials) {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(meeting.id(), created.caseNumber(), QUESTION, false);
        signedIn.as("voorzitter");
        return agendas.accept(request.id(), request.version());
    }
}
