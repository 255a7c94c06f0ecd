package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/** Rejecting a submission asks for the reason the submitter will read. */
class RejectDialog extends Dialog {

    final TextArea reason = new TextArea();

    RejectDialog(AgendaService agenda, AgendaEntry entry, Runnable reload) {
        setHeaderTitle(getTranslation("agenda.reject") + " – " + entry.key());
        reason.setLabel(getTranslation("agenda.reject.reason"));
        reason.setWidthFull();
        reason.setId("reject-reason");
        FieldErrors errors = new FieldErrors(this).bind("reason", reason);
        Button confirm = new Button(getTranslation("agenda.reject"), click -> {
            try {
                agenda.reject(entry.id(), entry.version(), reason.getValue());
                close();
                reload.run();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        confirm.setId("confirm-reject");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        add(reason);
        getFooter().add(new Button(getTranslation("agenda.submit.cancel"), click -> close()), confirm);
    }
}
