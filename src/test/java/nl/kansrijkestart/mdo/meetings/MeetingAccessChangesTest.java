package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
import nl.kansrijkestart.mdo.meetings.MeetingChanged.Change;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios.Running;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every change of who may see what in a meeting, wherever it is made, reaches the open pages of
 * each meeting it concerns as an {@link Change#ACCESS} once it has committed, naming neither person
 * nor case, so that each page decides again what its viewer may see.
 */
@IntegrationTest
class MeetingAccessChangesTest {

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private MeetingRoom room;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private AgendaService agendas;

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

    private final List<Runnable> leave = new ArrayList<>();

    @AfterEach
    void closePages() {
        leave.forEach(Runnable::run);
        signedIn.nobody();
    }

    @Test
    void everyChangeOfWhoMaySeeTheCaseReachesTheOpenPagesOfItsMeeting() {
        Running running = scenarios.running("P.A.", "jgz");
        String caseNumber = running.caseNumber();
        List<MeetingChanged> page = openPage("jgz", running.meeting().id());
        signedIn.as("verloskundige");

        CaseDetails details = careTeam.addMember(caseNumber, cases.open(caseNumber).version(), idOf(users, "jgz"));
        expectAccess(page, running.meeting().id(), 1);

        details = consents.record(caseNumber, details.version(), consentFor(Discipline.MIDWIFE));
        expectAccess(page, running.meeting().id(), 2);

        details = careTeam.removeMember(caseNumber, details.version(), idOf(users, "jgz"));
        expectAccess(page, running.meeting().id(), 3);

        details = consents.withdraw(caseNumber, details.version(), details.consents().getLast().id(), null);
        expectAccess(page, running.meeting().id(), 4);

        cases.erase(caseNumber, details.version(), "Verzoek van cliënte");
        expectAccess(page, running.meeting().id(), 5);
    }

    @Test
    void aCaseTakenOffTheAgendaByTheChairReachesTheOpenPages() {
        Running running = scenarios.running("P.B.", "jgz");
        List<MeetingChanged> page = openPage("jgz", running.meeting().id());
        signedIn.as("voorzitter");

        agendas.reject(running.item().id(), running.item().version(), "Hoort bij een ander overleg.");

        expectAccess(page, running.meeting().id(), 1);
    }

    @Test
    void aCaseMovedToAnotherMeetingReachesTheOpenPagesOfTheMeetingItLeft() {
        signedIn.as("voorzitter");
        MeetingSummary later = meetings.plan(mdoInArnhem(LocalDate.now().plusDays(14),
                Set.of(idOf(users, "verloskundige"))));
        MeetingSummary first = meetings.plan(mdoInArnhem(LocalDate.now().plusDays(7),
                Set.of(idOf(users, "verloskundige"), idOf(users, "jgz"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(MeetingFixtures.pregnancy("P.C."),
                consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(first.id(), created.caseNumber(), "Wat is nodig?", false);
        List<MeetingChanged> page = openPage("jgz", first.id());
        signedIn.as("voorzitter");

        agendas.move(request.id(), request.version(), later.id());

        expectAccess(page, first.id(), 1);
    }

    @Test
    void anAccountDisabledReachesTheOpenPagesOfEveryMeetingItTakesPartIn() {
        signedIn.as("admin");
        String username = "weg." + System.nanoTime();
        UserSummary leaving = accounts.createUser(new UserDraft(username, "Wendy Weg", Set.of(Role.PROFESSIONAL),
                Discipline.JGZ, organisations.organisations().getFirst().id()), "een-lang-wachtwoord");
        Running running = scenarios.running("P.D.", username, "jgz");
        List<MeetingChanged> page = openPage("jgz", running.meeting().id());
        signedIn.as("admin");

        accounts.setEnabled(leaving.id(), leaving.version(), false);

        expectAccess(page, running.meeting().id(), 1);
    }

    private void expectAccess(List<MeetingChanged> page, long meetingId, int times) {
        eventually(() -> assertThat(page).filteredOn(change -> change.change() == Change.ACCESS)
                .hasSize(times)
                .allSatisfy(change -> {
                    assertThat(change.meetingId()).isEqualTo(meetingId);
                    assertThat(change.by()).as("no name").isEmpty();
                    assertThat(change.itemId()).isNull();
                }));
    }

    private List<MeetingChanged> openPage(String username, long meetingId) {
        List<MeetingChanged> heard = new CopyOnWriteArrayList<>();
        signedIn.as(username);
        leave.add(room.join(meetingId, heard::add));
        signedIn.nobody();
        return heard;
    }
}
