package nl.kansrijkestart.mdo.meetings.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.testing.AccessLogRows;
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
 * A participant's browser dies without unloading its page (a crash, a closed laptop): within the
 * presence timeout the chair's "Nu in het overleg" no longer names her, and her page, gone from
 * the meeting's room, reads nothing more in her name. The timeout is shortened to eight seconds
 * (heartbeat every two) so the test runs in seconds; production uses 30 s and 10 s.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.heartbeatInterval=2", "mdo.meetings.presence-timeout=PT8S", "mdo.meetings.presence-check=PT1S"})
@ActiveProfiles(resolver = TestDatabase.class)
@Import({FreshSchemaOnPostgresql.class, SignedIn.class})
class SilentPageLeavesTheMeetingTest {

    /** The presence timeout plus its check, the heartbeat and room for a busy machine. */
    private static final double BOUND_MILLIS = 8_000 + 1_000 + 2_000 + 9_000;

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
    void aKilledBrowserLeavesTheMeetingWithinThePresenceTimeoutAndReadsNothingMore() {
        signedIn.as("voorzitter");
        MeetingSummary meeting = meetings.plan(mdoInArnhem(today(),
                Set.of(idOf(users, "jgz"), idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("S.A."), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(meeting.id(), created.caseNumber(), "Wie neemt regie?", false);
        signedIn.as("voorzitter");
        agendas.accept(request.id(), request.version());
        signedIn.nobody();

        try (Browser browser = Browser.start()) {
            Page chair = openAs(browser, "voorzitter", meeting);
            chair.locator("#start-meeting").click();
            chair.locator("#discuss-" + created.caseNumber()).click();
            Page midwife = openAs(browser, "verloskundige", meeting);
            List<ProcessHandle> before = chromiums();
            Browser doomed = Browser.start();
            try {
                openAs(doomed, "jgz", meeting);
                assertThat(chair.locator("#live-presence")).hasAttribute("title", Pattern.compile("^.*, .*, .*$"));
                List<ProcessHandle> jgzBrowser = chromiums().stream().filter(p -> !before.contains(p)).toList();
                assertThat(jgzBrowser).isNotEmpty();

                jgzBrowser.forEach(ProcessHandle::destroyForcibly);

                assertThat(chair.locator("#live-presence")).hasAttribute("title", Pattern.compile("^[^,]*, [^,]*$"),
                        new LocatorAssertions.HasAttributeOptions().setTimeout(BOUND_MILLIS));
                long afterLeaving = AccessLogRows.last(jdbc);
                chair.locator("#notes textarea").fill("Kraamzorg verlengen.");
                assertThat(midwife.locator("#notes textarea")).hasValue("Kraamzorg verlengen.");
                assertThat(AccessLogRows.readsOf(jdbc, "jgz", afterLeaving)).isZero();
                assertThat(AccessLogRows.readsOf(jdbc, "verloskundige", afterLeaving)).isPositive();
            } finally {
                closeKilled(doomed);
            }
        }
    }

    private static void closeKilled(Browser killed) {
        try {
            killed.close();
        } catch (RuntimeException alreadyGone) {
            // Its browser process was killed on purpose; Playwright may say so while closing.
        }
    }

    /** The Chromium processes this test JVM started (through Playwright's driver), each once. */
    private static List<ProcessHandle> chromiums() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(command -> command.contains("chrom")).orElse(false))
                .toList();
    }

    private Page openAs(Browser browser, String username, MeetingSummary meeting) {
        // Three browsers and a fresh Chromium on a busy two-core machine: give sign-in time.
        return BrowserSession.openMeeting(browser, "http://localhost:" + port, username, meeting.id(), 90_000);
    }
}
