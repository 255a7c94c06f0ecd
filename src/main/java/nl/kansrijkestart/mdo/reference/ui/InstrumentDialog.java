package nl.kansrijkestart.mdo.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.InstrumentDraft;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/** Adds an instrument to the catalogue; its domains come with its first version. */
class InstrumentDialog extends Dialog {

    private final InstrumentCatalogue catalogue;
    private final Runnable onSaved;
    final TextField code = new TextField();
    final TextField name = new TextField();
    final Checkbox validated = new Checkbox();
    final TextArea description = new TextArea();
    private final FieldErrors errors = new FieldErrors(this);

    InstrumentDialog(InstrumentCatalogue catalogue, Runnable onSaved) {
        this.catalogue = catalogue;
        this.onSaved = onSaved;
        setId("instrument-dialog");
        setHeaderTitle(getTranslation("instrument.new"));
        setWidth("40rem");
        code.setId("instrument-code");
        code.setLabel(getTranslation("instrument.code"));
        code.setHelperText(getTranslation("instrument.code.help"));
        code.setRequiredIndicatorVisible(true);
        name.setId("instrument-name");
        name.setLabel(getTranslation("instrument.name"));
        name.setRequiredIndicatorVisible(true);
        validated.setId("instrument-validated");
        validated.setLabel(getTranslation("instrument.validated"));
        description.setId("instrument-description");
        description.setLabel(getTranslation("instrument.description"));
        errors.bind("code", code).bind("name", name).bind("description", description);
        add(new FormLayout(code, name, validated, description));
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-instrument");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save() {
        try {
            catalogue.createInstrument(new InstrumentDraft(code.getValue(), name.getValue(), validated.getValue(),
                    description.getValue()));
            Notification.show(getTranslation("saved"));
            onSaved.run();
            close();
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }
}
