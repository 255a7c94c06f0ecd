package nl.kansrijkestart.mdo.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/** Municipalities by CBS code: add one, or select one to rename or deactivate it. */
@Route("beheer/gemeenten")
@RolesAllowed("ADMIN")
@Menu(order = 92, title = "menu.municipalities", icon = "vaadin:building")
public class MunicipalitiesView extends VerticalLayout implements HasDynamicTitle {

    private final MunicipalityService municipalities;
    private final Grid<MunicipalitySummary> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    private final Checkbox active = new Checkbox();
    private final FieldErrors errors = new FieldErrors(this).bind("code", code).bind("name", name);
    private @Nullable MunicipalitySummary selected;

    MunicipalitiesView(MunicipalityService municipalities) {
        this.municipalities = municipalities;
        addClassName("admin-view");
        grid.setId("municipalities");
        grid.addColumn(MunicipalitySummary::code).setHeader(getTranslation("municipality.code")).setAutoWidth(true);
        grid.addColumn(MunicipalitySummary::name).setHeader(getTranslation("municipality.name")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation(m.active() ? "user.status.active" : "user.status.disabled"))
                .setHeader(getTranslation("municipality.active"));
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        code.setId("municipality-code");
        code.setLabel(getTranslation("municipality.code"));
        code.setHelperText(getTranslation("municipality.code.help"));
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(6);
        name.setId("municipality-name");
        name.setLabel(getTranslation("municipality.name"));
        name.setRequiredIndicatorVisible(true);
        active.setLabel(getTranslation("municipality.active"));
        active.setValue(true);
        active.setVisible(false);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-municipality");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(getTranslation("municipality.new"), click -> grid.asSingleSelect().clear());
        add.setId("new-municipality");
        HorizontalLayout form = new HorizontalLayout(code, name, active, save, add);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H1(getTranslation("municipality.title")), form, grid);
        refresh();
    }

    private void edit(@Nullable MunicipalitySummary municipality) {
        selected = municipality;
        errors.clear();
        code.setValue(municipality == null ? "" : municipality.code());
        code.setReadOnly(municipality != null);
        name.setValue(municipality == null ? "" : municipality.name());
        active.setValue(municipality == null || municipality.active());
        active.setVisible(municipality != null);
    }

    private void save() {
        try {
            if (selected == null) {
                municipalities.create(code.getValue(), name.getValue());
            } else {
                municipalities.update(selected.id(), selected.version(), name.getValue(), active.getValue());
            }
            Notification.show(getTranslation("saved"));
            grid.asSingleSelect().clear();
            refresh();
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }

    private void refresh() {
        grid.setItems(municipalities.municipalities());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("municipality.title");
    }
}
