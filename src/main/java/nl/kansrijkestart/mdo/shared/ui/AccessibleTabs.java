package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;

/**
 * Tab strips that a screen reader can walk. Vaadin's {@code vaadin-tabs} (25.2) wraps its tabs in
 * a scroll container with {@code tabindex="-1"} inside its shadow DOM; being focusable, that
 * container counts as a child of the {@code tablist} that is not a {@code tab}, which breaks
 * WCAG 4.1.2 (axe: aria-required-children, critical). The tabs stay reachable with the arrow
 * keys without it, so the attribute is taken off once the strip is drawn.
 */
public final class AccessibleTabs {

    private static final String REPAIR = """
            const strip = this.localName === 'vaadin-tabs' ? this : this.querySelector(':scope > vaadin-tabs');
            if (strip) {
              customElements.whenDefined('vaadin-tabs')
                .then(() => strip.updateComplete)
                .then(() => {
                  const scroller = strip.shadowRoot && strip.shadowRoot.getElementById('scroll');
                  if (scroller) {
                    scroller.removeAttribute('tabindex');
                  }
                });
            }""";

    private AccessibleTabs() {}

    public static <T extends TabSheet> T of(T sheet) {
        return repaired(sheet);
    }

    public static <T extends Tabs> T of(T tabs) {
        return repaired(tabs);
    }

    private static <T extends Component> T repaired(T component) {
        component.addAttachListener(attach -> component.getElement().executeJs(REPAIR));
        return component;
    }
}
