package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The start page: what each of the user's roles lets them do here. */
@Route("")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> ROLES = List.of("PROFESSIONAL", "CHAIR", "COORDINATOR", "ADMIN");

    HomeView(CurrentAuthentication authentication) {
        add(new H1(getTranslation("home.title")));
        add(new Paragraph(getTranslation("home.intro")));
        for (String role : ROLES) {
            if (authentication.hasRole(role)) {
                Paragraph explanation = new Paragraph(getTranslation("home.role." + role));
                explanation.addClassName("role-explanation");
                add(explanation);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
