package nl.kansrijkestart.mdo.meetings.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.today;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.testing.Browser;
import nl.kansrijkestart.mdo.testing.BrowserSession;
import nl.kansrijkestart.mdo.testing.FreshSchemaOnPostgresql;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The chair and a participant in two real browsers against the running application: the
 * participant's page follows the chair through Push, without reloading.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@Import({FreshSchemaOnPostgresql.class, SignedIn.class})
class LiveMeetingInTwoBrowsersTest {

    @LocalServerPort
    private int port;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private CaseService cases;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @Test
    void theParticipantsBrowserFollowsTheChairsItemAndShowsTheNotesTheChairTypes() {
        signedIn.as("voorzitter");
        MeetingSummary meeting =
                meetings.plan(mdoInArnhem(today(),
                        Set.of(idOf(users, "jgz"), idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("B.A."), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(meeting.id(), created.caseNumber(), "Wie neemt regie?", false);
        signedIn.as("voorzitter");
        agendas.accept(request.id(), request.version());
        signedIn.nobody();
        String card = "#agenda-item-" + created.caseNumber();

        try (Browser browser = Browser.start()) {
            Page chair = openAs(browser, "voorzitter", meeting);
            Page jgz = openAs(browser, "jgz", meeting);
            assertThat(chair.locator("#live-presence")).isVisible();

            chair.locator("#start-meeting").click();
            chair.locator("#discuss-" + created.caseNumber()).click();
            assertThat(jgz.locator(card + " #current-item")).isVisible();

            chair.locator("#notes textarea").fill("Kraamzorg verlengen.");
            assertThat(jgz.locator("#notes textarea")).hasValue("Kraamzorg verlengen.");
            assertThat(jgz.locator("#notes-editing")).not().isEmpty();
        }
    }

    private Page openAs(Browser browser, String username, MeetingSummary meeting) {
        return BrowserSession.openMeeting(browser, "http://localhost:" + port, username, meeting.id(), 30_000);
    }
}
