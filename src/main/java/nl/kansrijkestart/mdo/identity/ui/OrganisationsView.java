package nl.kansrijkestart.mdo.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kansrijkestart.mdo.identity.OrganisationService;
import nl.kansrijkestart.mdo.identity.OrganisationSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/** The organisations users work for: add one, or select one to rename it. */
@Route("beheer/organisaties")
@RolesAllowed("ADMIN")
@Menu(order = 91, title = "menu.organisations", icon = "vaadin:office")
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final Grid<OrganisationSummary> grid = new Grid<>();
    private final TextField name = new TextField();
    private final FieldErrors errors = new FieldErrors(this).bind("name", name);
    private @Nullable OrganisationSummary selected;

    OrganisationsView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassName("admin-view");
        grid.setId("organisations");
        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("organisation.name")).setFlexGrow(1);
        grid.addColumn(OrganisationSummary::userCount).setHeader(getTranslation("organisation.users")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        name.setId("organisation-name");
        name.setLabel(getTranslation("organisation.name"));
        name.setRequiredIndicatorVisible(true);
        name.setWidth("24rem");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-organisation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(getTranslation("organisation.new"), click -> grid.asSingleSelect().clear());
        add.setId("new-organisation");
        HorizontalLayout form = new HorizontalLayout(name, save, add);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H1(getTranslation("organisation.title")), form, grid);
        refresh();
    }

    private void edit(@Nullable OrganisationSummary organisation) {
        selected = organisation;
        errors.clear();
        name.setValue(organisation == null ? "" : organisation.name());
    }

    private void save() {
        try {
            if (selected == null) {
                organisations.create(name.getValue());
            } else {
                organisations.rename(selected.id(), selected.version(), name.getValue());
            }
            Notification.show(getTranslation("saved"));
            grid.asSingleSelect().clear();
            refresh();
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }

    private void refresh() {
        grid.setItems(organisations.organisations());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title");
    }
}
