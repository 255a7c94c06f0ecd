package nl.kansrijkestart.mdo.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a Keycloak sign-in ends that this application refuses: the person has no application role
 * (or no discipline or organisation, or is disabled here), or the sign-in itself failed. Open to
 * anonymous visitors because the refused person is, on purpose, not signed in.
 */
@Route(value = NoAccessView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class NoAccessView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "geen-toegang";
    /** Query parameter for a sign-in that failed rather than was refused. */
    public static final String SIGN_IN_FAILED = "mislukt";

    private final Paragraph explanation = new Paragraph();

    NoAccessView() {
        addClassName("message-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        H1 title = new H1(getTranslation("noaccess.title"));
        title.setId("no-access");
        Anchor again = new Anchor("", getTranslation("noaccess.sign-in-again"));
        again.setId("sign-in-again");
        add(title, explanation, again);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey(SIGN_IN_FAILED);
        explanation.setText(getTranslation(failed ? "noaccess.failed" : "noaccess.no-role"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("noaccess.title");
    }
}
