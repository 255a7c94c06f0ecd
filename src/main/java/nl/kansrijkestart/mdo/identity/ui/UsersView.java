package nl.kansrijkestart.mdo.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.identity.OrganisationService;
import nl.kansrijkestart.mdo.identity.SignInMode;
import nl.kansrijkestart.mdo.identity.UserAdminService;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.identity.UserSummary;
import nl.kansrijkestart.mdo.shared.ui.GridRows;

/** The application manager's list of accounts, searchable and loaded page by page. */
@Route("beheer/gebruikers")
@RolesAllowed("ADMIN")
@Menu(order = 90, title = "menu.users", icon = "vaadin:users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdminService users;
    private final OrganisationService organisations;
    private final TextField filter = new TextField();
    private final Grid<UserSummary> grid = new Grid<>();

    private final boolean accountsInKeycloak;
    private final MunicipalityService municipalities;
    private final RegionService regions;

    UsersView(UserAdminService users, OrganisationService organisations, SignInMode signInMode,
            MunicipalityService municipalities, RegionService regions) {
        this.municipalities = municipalities;
        this.regions = regions;
        this.users = users;
        this.organisations = organisations;
        this.accountsInKeycloak = signInMode.accountsInKeycloak();
        addClassName("admin-view");
        filter.setId("user-filter");
        filter.setPlaceholder(getTranslation("user.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        add(new H1(getTranslation("user.title")));
        if (accountsInKeycloak) {
            Paragraph managedElsewhere = new Paragraph(getTranslation("user.managed-in-keycloak"));
            managedElsewhere.setId("accounts-in-keycloak");
            managedElsewhere.addClassName("form-hint");
            add(managedElsewhere, filter);
        } else {
            Button add = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create(), click -> open(null));
            add.setId("new-user");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(filter, add));
        }
        add(grid());
    }

    private Grid<UserSummary> grid() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Amsterdam"));
        grid.setId("users");
        grid.addColumn(UserSummary::username).setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("user.display-name")).setAutoWidth(true);
        grid.addColumn(user -> user.roles().stream().sorted().map(role -> getTranslation(role.messageKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles"));
        grid.addColumn(user -> getTranslation(user.discipline().messageKey())).setHeader(getTranslation("user.discipline"));
        grid.addColumn(UserSummary::organisationName).setHeader(getTranslation("user.organisation"));
        grid.addColumn(user -> getTranslation(status(user))).setHeader(getTranslation("user.status"));
        grid.addColumn(user -> user.lastLoginAt() == null ? "" : when.format(user.lastLoginAt()))
                .setHeader(getTranslation("user.last-login"));
        grid.setItems(query -> users.findUsers(filter.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> users.countUsers(filter.getValue()));
        GridRows.openOnClickOrEnter(grid, this::open);
        grid.setSizeFull();
        return grid;
    }

    static String status(UserSummary user) {
        if (!user.enabled()) {
            return "user.status.disabled";
        }
        return user.locked() ? "user.status.locked" : "user.status.active";
    }

    private void open(UserSummary user) {
        new UserDialog(users, organisations.organisations(),
                new UserDialog.Areas(municipalities.municipalities(), regions.regions()), user, accountsInKeycloak,
                saved -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.title");
    }
}
