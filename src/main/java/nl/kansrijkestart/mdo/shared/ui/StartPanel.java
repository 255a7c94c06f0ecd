package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * The blocks of the start page that a module contributes for the signed-in user: what needs their
 * attention today, at a glance. None when the user's roles do not call for them. Modules are shown
 * by {@link #order()}, lowest first, each with its blocks in its own order; the blocks are made
 * anew for every visit of the start page.
 */
public interface StartPanel {

    int order();

    List<Component> create();
}
