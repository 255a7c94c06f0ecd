package nl.kansrijkestart.mdo.testing;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks every screen must pass in a real browser: axe-core's WCAG 2.1 A and AA rules (from
 * Deque's Maven artifact, so the build stays Node-free), and on a phone's width no sideways
 * scrolling and every primary action on the screen.
 */
public final class Accessibility {

    /** The axe-core rule tags of WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** A common phone in portrait (an iPhone 12 to 15 as browsers report it). */
    public static final ViewportSize PHONE = new ViewportSize(390, 844);

    public static final ViewportSize DESKTOP = new ViewportSize(1280, 900);

    private static final Set<String> BLOCKING = Set.of("critical", "serious");

    /**
     * The visible elements that reach past the right edge of the screen. AppLayout keeps the
     * document itself from scrolling, so content that is too wide is cut off inside it instead:
     * the document's width alone would not show it. Data tables (grids) and tab strips are left
     * out: they scroll sideways within their own box by design, which WCAG 1.4.10 allows for
     * content whose meaning needs two dimensions.
     */
    private static final String BEYOND_THE_RIGHT_EDGE = """
            () => {
              const limit = document.documentElement.clientWidth + 1;
              const found = [];
              for (const e of document.querySelectorAll('body *')) {
                if (e.closest('vaadin-grid, vaadin-tabs, script, style')) continue;
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || r.right <= limit) continue;
                const style = getComputedStyle(e);
                if (style.visibility === 'hidden' || style.display === 'none') continue;
                if ([...e.children].some(c => c.getBoundingClientRect().right > limit)) continue;
                found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/)[0] : '')
                    + ' (right edge ' + Math.round(r.right) + ')');
              }
              return found.slice(0, 8).join(', ');
            }""";

    private Accessibility() {}

    /**
     * Every critical or serious axe finding on the page as it is now: rule, impact, element.
     *
     * <p>A page without frames is checked with one {@code axe.run} in the page itself (the axe
     * library's "legacy mode"). Its default mode splits the same run into {@code axe.runPartial} in
     * every frame and {@code axe.finishRun} in a blank page of a new browser context, injecting the
     * axe script (half a megabyte) once more into each, which only matters for frames from another
     * origin; a page that has frames still gets that mode.
     *
     * <p>Every rule still runs on every element; only the violations come back with all their
     * elements (axe's {@code resultTypes}). The passes of a screen with a long table name thousands
     * of elements, and carrying them out of the browser took longer than the checks themselves.
     */
    public static List<String> seriousFindings(Page page) {
        boolean withoutFrames = page.frames().size() == 1;
        AxeRunOptions onlyViolationsInFull = new AxeRunOptions();
        onlyViolationsInFull.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page).options(onlyViolationsInFull).withTags(WCAG_21_AA)
                .setLegacyMode(withoutFrames).analyze();
        if (results.isErrored()) {
            return List.of("axe-core failed: " + results.getErrorMessage());
        }
        List<String> findings = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!BLOCKING.contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                findings.add(rule.getId() + " (" + rule.getImpact() + ", " + rule.getHelp() + "): " + node.getTarget()
                        + " " + abbreviated(node.getHtml()) + " — " + abbreviated(node.getFailureSummary()));
            }
        }
        return findings;
    }

    /**
     * What goes wrong on a page that is shown at phone width: the document scrolling sideways, and
     * each of the given primary actions (CSS selectors) that is missing or lies (partly) left or
     * right of the screen.
     */
    public static List<String> phoneProblems(Page page, List<String> primaryActions) {
        List<String> problems = new ArrayList<>();
        Number overflow = (Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow.intValue() > 0) {
            problems.add("the page scrolls sideways by " + overflow + " px");
        }
        String cutOff = (String) page.evaluate(BEYOND_THE_RIGHT_EDGE);
        if (!cutOff.isEmpty()) {
            problems.add("content lies beyond the right edge of the screen (scrolls sideways or is cut off): " + cutOff);
        }
        for (String action : primaryActions) {
            var box = page.locator(action).first().boundingBox();
            if (box == null) {
                problems.add(action + " is not shown");
            } else if (box.x < 0 || box.x + box.width > PHONE.width + 0.5) {
                problems.add(action + " lies outside the screen: x=" + Math.round(box.x) + ", width="
                        + Math.round(box.width));
            }
        }
        return problems;
    }

    private static String abbreviated(String html) {
        String oneLine = html.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
