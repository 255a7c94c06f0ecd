package nl.kansrijkestart.mdo.testing;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** What browser tests of the running application do again and again: sign in, wait for Vaadin. */
public final class BrowserSession {

    /**
     * Vaadin's development tools (Copilot) add their own controls to every page in development
     * mode; they are not part of the application and would be checked with it.
     */
    public static final String WITHOUT_DEVELOPMENT_TOOLS = "vaadin.devmode.devTools.enabled=false";

    private BrowserSession() {}

    /** A new tab, signed in through the login form as one of the demo accounts (password "demo"). */
    public static Page signIn(Browser browser, String baseUrl, String username) {
        return signIn(browser.newPage(), baseUrl, username);
    }

    /**
     * A new tab signed in as the demo account and showing the meeting's page, each step allowed
     * {@code timeoutMillis} (a busy machine with several browsers may need more than the default).
     */
    public static Page openMeeting(Browser browser, String baseUrl, String username, long meetingId,
            double timeoutMillis) {
        Page page = browser.newPage();
        page.setDefaultTimeout(timeoutMillis);
        signIn(page, baseUrl, username);
        page.navigate(baseUrl + "/overleggen/" + meetingId);
        PlaywrightAssertions.assertThat(page.locator("#agenda")).isVisible();
        return page;
    }

    private static Page signIn(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#password").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /**
     * Waits until Vaadin has no request to the server under way and the browser has drawn the result.
     * A page without Vaadin (the login page) only needs to be loaded.
     */
    public static void settle(Page page) {
        page.waitForFunction("() => document.readyState === 'complete' && (!window.Vaadin"
                + " || (window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())))");
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    /**
     * Sets the application's clock to eight in the morning of today, so that a meeting planned for
     * this afternoon is still ahead (it can be submitted to) and may be started today, whatever the
     * hour the tests run.
     */
    public static void startTheDayInTheMorning(AdjustableClock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock.getZone());
        ZonedDateTime morning = LocalDate.now(clock.getZone()).atTime(LocalTime.of(8, 0)).atZone(clock.getZone());
        clock.runAhead(Duration.between(now, morning));
    }
}
