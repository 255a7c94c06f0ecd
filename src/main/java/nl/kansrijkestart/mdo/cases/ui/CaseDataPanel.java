package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/** The case's own data and factors, editable; and erasure at the client's request. */
class CaseDataPanel extends VerticalLayout {

    private final CaseService cases;
    private final CaseEditing editing;
    final CaseFields fields;
    private final FieldErrors errors = new FieldErrors(this);
    private final Button save = new Button();
    private final Button erase = new Button();
    private @Nullable CaseDetails details;

    CaseDataPanel(CaseService cases, List<MunicipalitySummary> municipalities, CaseEditing editing) {
        this.cases = cases;
        this.editing = editing;
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
        CaseDetails target = details;
        editing.apply(this, () -> cases.update(target.caseNumber(), target.version(),
                fields.draft(target.type(), target.anonymous())), errors::show);
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
            if (editing.apply(this, () -> cases.erase(target.caseNumber(), target.version(), reason.getValue()),
                    reasonErrors::show)) {
                dialog.close();
            }
        });
        confirm.setId("confirm-erase");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("case.erase.explanation")), reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }
}
