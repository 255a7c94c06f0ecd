package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Every address no other view takes ({@code /bestaat-niet}, {@code /overleggen/abc}) shows the
 * "Niet gevonden" page. Without it Vaadin hands an unknown address to the browser-side router,
 * which has no route either: the user saw an empty page or the unexpected-error page instead.
 * A wildcard route has the lowest precedence, so it never hides a real view. For signed-in users
 * only: an anonymous visitor is sent to the sign-in page, as for any other page.
 */
@Route(":address*")
@PermitAll
public class UnknownAddressView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.rerouteToError(NotFoundException.class);
    }
}
