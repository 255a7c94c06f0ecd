package nl.kansrijkestart.mdo.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check that every screen passes can fail: on a page with planted faults it
 * names each faulty element, in a page without frames (one axe run) and in a page with a frame
 * (axe's run per frame), and it finds nothing on the same page without the faults.
 */
@Tag("browser")
class AccessibilityCheckTest {

    private static final String FAULTY = """
            <!doctype html><html lang="nl"><head><title>Proef</title></head><body><main>
            <h1>Proef</h1>
            <img id="no-alt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <button id="no-name"></button>
            <input id="no-label" type="text">
            </main></body></html>""";

    private static final String SOUND = """
            <!doctype html><html lang="nl"><head><title>Proef</title></head><body><main>
            <h1>Proef</h1>
            <img id="with-alt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Logo">
            <button id="named">Opslaan</button>
            <label for="labelled">Naam</label><input id="labelled" type="text">
            </main></body></html>""";

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void everyPlantedFaultIsNamedInAPageWithoutFrames() {
        Page page = browser.newPage();
        page.setContent(FAULTY);

        assertThat(Accessibility.seriousFindings(page)).anySatisfy(f -> assertThat(f).startsWith("image-alt").contains("#no-alt"))
                .anySatisfy(f -> assertThat(f).startsWith("button-name").contains("#no-name"))
                .anySatisfy(f -> assertThat(f).startsWith("label").contains("#no-label"));
    }

    @Test
    void aFaultInsideAFrameIsNamedToo() {
        Page page = browser.newPage();
        page.setContent("""
                <!doctype html><html lang="nl"><head><title>Proef</title></head><body><main>
                <h1>Proef</h1><iframe title="Ingesloten" srcdoc="%s"></iframe></main></body></html>"""
                .formatted(FAULTY.replace("\"", "&quot;")));
        page.frames().getLast().waitForLoadState();
        assertThat(page.frames()).hasSize(2);

        assertThat(Accessibility.seriousFindings(page)).anySatisfy(f -> assertThat(f).startsWith("image-alt").contains("#no-alt"))
                .anySatisfy(f -> assertThat(f).startsWith("button-name").contains("#no-name"));
    }

    @Test
    void theSamePageWithoutTheFaultsPasses() {
        Page page = browser.newPage();
        page.setContent(SOUND);

        assertThat(Accessibility.seriousFindings(page)).isEmpty();
    }
}
