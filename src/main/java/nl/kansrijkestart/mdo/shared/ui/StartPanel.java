package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A block of the start page that a module contributes for the signed-in user: what needs their
 * attention today, at a glance. Empty when the user's roles do not call for it. Panels are shown
 * by {@link #order()}, lowest first; each is made anew for every visit of the start page.
 */
public interface StartPanel {

    int order();

    Optional<Component> create();
}
