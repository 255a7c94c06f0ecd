package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/** The case's own data and factors, editable; and erasure at the client's request. */
class CaseDataPanel extends VerticalLayout {

    private final CaseService cases;
    private final Consumer<CaseDetails> onChanged;
    final CaseFields fields;
    private final FieldErrors errors = new FieldErrors(this);
    private final Button save = new Button();
    private final Button erase = new Button();
    private @Nullable CaseDetails details;

    CaseDataPanel(CaseService cases, List<MunicipalitySummary> municipalities, Consumer<CaseDetails> onChanged) {
        this.cases = cases;
        this.onChanged = onChanged;
        this.fields = new CaseFields(municipalities);
        fields.bindErrors(errors);
        save.setText(getTranslation("action.save"));
        save.setId("save-case");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        erase.setText(getTranslation("case.erase"));
        erase.setId("erase-case");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        erase.addClickListener(click -> confirmErase());
        add(fields, new HorizontalLayout(save, erase));
    }

    void show(CaseDetails shown) {
        details = shown;
        errors.clear();
        fields.fill(shown);
        fields.setEnabled(!shown.erased());
        save.setEnabled(!shown.erased());
        erase.setVisible(!shown.erased() && !shown.anonymous());
    }

    private void save() {
        if (details == null) {
            return;
        }
        try {
            CaseDetails saved = cases.update(details.caseNumber(), details.version(),
                    fields.draft(details.type(), details.anonymous()));
            Notification.show(getTranslation("saved"));
            onChanged.accept(saved);
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }

    private void confirmErase() {
        if (details == null) {
            return;
        }
        CaseDetails target = details;
        Dialog dialog = new Dialog(getTranslation("case.erase.title"));
        dialog.setId("erase-dialog");
        TextArea reason = new TextArea(getTranslation("case.erase.reason"));
        reason.setId("erase-reason");
        reason.setWidthFull();
        FieldErrors reasonErrors = new FieldErrors(dialog).bind("reason", reason);
        Button confirm = new Button(getTranslation("case.erase.confirm"), click -> {
            try {
                CaseDetails erased = cases.erase(target.caseNumber(), target.version(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("case.erase.done"));
                onChanged.accept(erased);
            } catch (InvalidInputException refused) {
                reasonErrors.show(refused);
            }
        });
        confirm.setId("confirm-erase");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("case.erase.explanation")), reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }
}
