package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;

/**
 * The start page: first what needs the user's attention (panels the modules contribute: upcoming
 * meetings, open actions, cases to look at), then what each of their roles lets them do here.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> ROLES = List.of("PROFESSIONAL", "CHAIR", "COORDINATOR", "ADMIN");

    final Div panels = new Div();

    HomeView(CurrentAuthentication authentication, List<StartPanel> contributions) {
        add(new H1(getTranslation("home.title")));
        panels.setId("start-panels");
        panels.addClassName("start-panels");
        contributions.stream().sorted(Comparator.comparingInt(StartPanel::order))
                .flatMap(contribution -> contribution.create().stream()).forEach(panels::add);
        if (panels.getComponentCount() > 0) {
            add(panels);
        }
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
