package nl.kansrijkestart.mdo.shared.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.MeetingDraft;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.Browser;
import nl.kansrijkestart.mdo.testing.BrowserSession;
import nl.kansrijkestart.mdo.testing.FreshSchemaOnPostgresql;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The core flow with the keyboard alone (Tab, Enter, Space, arrow keys; the address bar is typed
 * like any address): a professional signs in, skips the menu, opens her case from the list with
 * Enter and submits it to a meeting; the chair accepts it, starts the meeting and moves from one
 * item to the next.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = BrowserSession.WITHOUT_DEVELOPMENT_TOOLS)
@ActiveProfiles(resolver = TestDatabase.class)
@Import({FreshSchemaOnPostgresql.class, SignedIn.class, AdjustableClock.class})
class KeyboardOnlyCoreFlowTest {

    /** Enough to pass the menu and any page's fields; a focus trap would use them all up. */
    private static final int MOST_TABS = 60;

    @LocalServerPort
    private int port;

    @Autowired private MeetingService meetings;
    @Autowired private AgendaService agendas;
    @Autowired private CaseService cases;
    @Autowired private CurrentUserService users;
    @Autowired private SignedIn signedIn;
    @Autowired private AdjustableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
        signedIn.nobody();
    }

    @Test
    void aProfessionalSubmitsHerCaseAndTheChairRunsTheMeetingWithoutAMouse() {
        BrowserSession.startTheDayInTheMorning(clock);
        signedIn.as("voorzitter");
        MeetingSummary meeting = meetings.plan(new MeetingDraft(MeetingType.MDO_VULNERABLE_PREGNANCY, LocalDate.now(),
                LocalTime.of(11, 0), 60, "Wijkcentrum Presikhaaf", null, "GM0202", null,
                Set.of(idOf(users, "kraamzorg"), idOf(users, "jgz"))));
        signedIn.as("kraamzorg");
        CaseDetails first = cases.register(pregnancy("K.A."), consentFor(Discipline.MATERNITY_CARE, Discipline.JGZ));
        CaseDetails mine = cases.register(pregnancy("K.B."), consentFor(Discipline.MATERNITY_CARE, Discipline.JGZ));
        AgendaEntry earlier = agendas.submit(meeting.id(), first.caseNumber(), "Eerst besproken.", false);
        signedIn.as("voorzitter");
        agendas.accept(earlier.id(), earlier.version());
        signedIn.nobody();

        try (Browser browser = Browser.start()) {
            Page professional = signInWithTheKeyboard(browser, "kraamzorg");
            professional.navigate(baseUrl() + "/casussen");
            BrowserSession.settle(professional);
            professional.keyboard().press("Tab");
            Object firstStop = professional.evaluate("() => document.activeElement.outerHTML.slice(0, 120)");
            org.assertj.core.api.Assertions.assertThat(firstStop).as("the first stop of the Tab key")
                    .asString().contains("skip-to-content");
            professional.keyboard().press("Enter");
            tabTo(professional, "#case-search");
            professional.keyboard().type(mine.caseNumber());
            // The search has narrowed the list once her other case is gone from it.
            professional.waitForFunction("other => ![...document.querySelectorAll('vaadin-grid-cell-content')]"
                    + ".some(cell => cell.textContent.includes(other))", first.caseNumber());
            tabTo(professional, "#my-cases");
            // From the grid's header row down to the one row the search left.
            professional.keyboard().press("Tab");
            professional.keyboard().press("Enter");
            professional.waitForURL("**/casussen/" + mine.caseNumber());

            tabTo(professional, "#submit-to-meeting");
            professional.keyboard().press("Enter");
            professional.waitForURL("**/overleggen/aanmelden/" + mine.caseNumber());
            tabTo(professional, "vaadin-text-area");
            professional.keyboard().type("Wie neemt de regie over de kraamzorg?");
            tabTo(professional, "#confirm-submit");
            professional.keyboard().press("Space");
            professional.waitForURL("**/overleggen/" + meeting.id());

            Page chair = signInWithTheKeyboard(browser, "voorzitter");
            chair.navigate(baseUrl() + "/overleggen/" + meeting.id());
            tabTo(chair, "#accept-" + mine.caseNumber());
            chair.keyboard().press("Enter");
            assertThat(chair.locator("#accept-" + mine.caseNumber())).hasCount(0);
            tabTo(chair, "#start-meeting");
            chair.keyboard().press("Enter");
            assertThat(chair.locator("#close-meeting")).isVisible();
            tabTo(chair, "#discuss-" + first.caseNumber());
            chair.keyboard().press("Enter");
            assertThat(chair.locator("#agenda-item-" + first.caseNumber() + " #current-item")).isVisible();
            tabTo(chair, "#discuss-" + mine.caseNumber());
            chair.keyboard().press("Enter");
            assertThat(chair.locator("#agenda-item-" + mine.caseNumber() + " #current-item")).isVisible();
        }
    }

    private Page signInWithTheKeyboard(Browser browser, String username) {
        Page page = browser.newPage();
        page.navigate(baseUrl() + "/login");
        tabTo(page, "#username");
        page.keyboard().type(username);
        page.keyboard().press("Tab");
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /**
     * Presses Tab until the focus is on (or inside) the element the selector names, and fails if
     * it never gets there: that element cannot be reached from the keyboard.
     */
    private static void tabTo(Page page, String selector) {
        BrowserSession.settle(page);
        for (int tabs = 0; tabs < MOST_TABS; tabs++) {
            Boolean there = (Boolean) page.evaluate("selector => { const focused = document.activeElement;"
                    + " return !!focused && (focused.matches(selector) || !!focused.closest(selector)); }", selector);
            if (there) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + selector + " on " + page.url());
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
