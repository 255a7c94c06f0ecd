package nl.kansrijkestart.mdo.testing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Headless Chromium through Playwright, for tests that need the real sign-in redirects. Uses the
 * machine's Chromium (the build sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD, so Playwright never fetches
 * a browser of its own); each page gets its own cookies.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    public static Browser start() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw Prerequisites.missing("No Chromium at " + CHROMIUM + " (apt-get install -y chromium; .ci/run does).");
        }
        // The first page of a freshly started application can take seconds on a busy 2-core
        // machine; Playwright's assertions would give up after five.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Playwright playwright = Playwright.create();
        return new Browser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync"))));
    }

    /** A new tab in a fresh browser profile: no cookies of earlier tests. */
    public Page newPage() {
        BrowserContext context = chromium.newContext();
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
