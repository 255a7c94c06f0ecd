package nl.kansrijkestart.mdo.meetings.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The chair's conclusion and outcome in real browsers: what the chair types is saved by itself
 * (after a pause in typing), the participant inside the consent sees it live, and *Uitkomst
 * opslaan* records the item as discussed.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@Import({FreshSchemaOnPostgresql.class, SignedIn.class})
class ConclusionInRealBrowsersTest {

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

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theChairsConclusionIsSavedByItselfSeenLiveAndTheOutcomeRecorded() {
        signedIn.as("voorzitter");
        MeetingSummary meeting = meetings.plan(mdoInArnhem(today(),
                Set.of(idOf(users, "jgz"), idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("C.B."), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(meeting.id(), created.caseNumber(), "Wie neemt regie?", false);
        signedIn.as("voorzitter");
        agendas.accept(request.id(), request.version());
        signedIn.nobody();

        try (Browser browser = Browser.start()) {
            Page chair = openAs(browser, "voorzitter", meeting);
            chair.locator("#start-meeting").click();
            chair.locator("#discuss-" + created.caseNumber()).click();
            Page midwife = openAs(browser, "verloskundige", meeting);

            chair.locator("#conclusion-" + request.id() + " textarea").fill("Kraamzorg verlengen, JGZ huisbezoek.");
            assertThat(midwife.locator("#conclusion-" + request.id() + " textarea"))
                    .hasValue("Kraamzorg verlengen, JGZ huisbezoek.");
            assertThat(conclusion(request.id())).isEqualTo("Kraamzorg verlengen, JGZ huisbezoek.");

            chair.locator("#save-outcome-" + created.caseNumber()).click();
            assertThat(midwife.locator("#agenda-item-" + created.caseNumber())).containsText("Besproken");
            assertThat(jdbc.queryForObject("select status from agenda_outcome where agenda_item_id = ?",
                    String.class, request.id())).isEqualTo("DISCUSSED");
        }
    }

    private String conclusion(long itemId) {
        return jdbc.queryForObject("select conclusion from agenda_outcome where agenda_item_id = ?", String.class,
                itemId);
    }

    private Page openAs(Browser browser, String username, MeetingSummary meeting) {
        return BrowserSession.openMeeting(browser, "http://localhost:" + port, username, meeting.id(), 60_000);
    }
}
