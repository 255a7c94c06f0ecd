package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.ConsentService;
import nl.kansrijkestart.mdo.cases.LegalBasis;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/** The consent history of a case: record a new consent, withdraw one. */
class ConsentPanel extends VerticalLayout {

    private final ConsentService consents;
    private final CaseEditing editing;
    private final Grid<CaseDetails.Consent> grid = new Grid<>();
    private final Button add = new Button();
    private final Paragraph anonymousNote = new Paragraph();
    private @Nullable CaseDetails details;

    ConsentPanel(ConsentService consents, CaseEditing editing) {
        this.consents = consents;
        this.editing = editing;
        add.setText(getTranslation("consent.record"));
        add.setId("record-consent");
        add.addClickListener(click -> openRecordDialog());
        anonymousNote.setText(getTranslation("consent.anonymous-case"));
        grid.setId("consents");
        grid.addColumn(c -> getTranslation(c.basis().messageKey())).setHeader(getTranslation("consent.basis"))
                .setAutoWidth(true);
        grid.addColumn(CaseDetails.Consent::givenOn).setHeader(getTranslation("consent.given-on"));
        grid.addColumn(c -> c.validUntil() == null ? "" : c.validUntil().toString())
                .setHeader(getTranslation("consent.valid-until"));
        grid.addColumn(this::purposes).setHeader(getTranslation("consent.purposes")).setFlexGrow(2);
        grid.addColumn(c -> c.sharedDisciplines().stream().map(Discipline::messageKey).map(this::getTranslation)
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("consent.disciplines")).setFlexGrow(2);
        grid.addColumn(this::state).setHeader(getTranslation("consent.state"));
        grid.addColumn(CaseDetails.Consent::recordedBy).setHeader(getTranslation("consent.recorded-by"));
        grid.addComponentColumn(this::withdrawButton).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(add, anonymousNote, grid);
    }

    void show(CaseDetails shown) {
        details = shown;
        add.setVisible(!shown.anonymous() && !shown.erased());
        anonymousNote.setVisible(shown.anonymous());
        grid.setItems(shown.consents());
    }

    private String purposes(CaseDetails.Consent consent) {
        StringBuilder text = new StringBuilder();
        if (consent.discussInMeeting()) {
            text.append(getTranslation("consent.purpose.discuss")).append(". ");
        }
        if (consent.parentsAttend()) {
            text.append(getTranslation("consent.purpose.parents-attend")).append(". ");
        }
        if (consent.contactOtherProfessionals()) {
            text.append(getTranslation("consent.purpose.contact-others")).append(". ");
        }
        if (consent.basis() != LegalBasis.CONSENT && consent.justification() != null) {
            text.append(getTranslation("consent.justification")).append(": ").append(consent.justification());
        }
        return text.toString().strip();
    }

    private String state(CaseDetails.Consent consent) {
        if (consent.withdrawnOn() != null) {
            return getTranslation("consent.withdrawn-on", consent.withdrawnOn().toString(), consent.withdrawnBy());
        }
        return getTranslation(consent.activeToday() ? "consent.state.ACTIVE" : "consent.state.EXPIRED");
    }

    private Button withdrawButton(CaseDetails.Consent consent) {
        Button withdraw = new Button(getTranslation("consent.withdraw"), click -> withdraw(consent));
        withdraw.setId("withdraw-consent-" + consent.id());
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.setVisible(consent.withdrawnOn() == null && details != null && !details.erased());
        return withdraw;
    }

    private void withdraw(CaseDetails.Consent consent) {
        if (details == null) {
            return;
        }
        CaseDetails target = details;
        editing.apply(this, () -> consents.withdraw(target.caseNumber(), target.version(), consent.id(), null),
                refused -> Notification.show(FieldErrors.translate(this, refused.problems().getFirst().messageKey())));
    }

    private void openRecordDialog() {
        if (details == null) {
            return;
        }
        CaseDetails target = details;
        Dialog dialog = new Dialog(getTranslation("consent.record"));
        dialog.setId("consent-dialog");
        dialog.setWidth("48rem");
        Discipline own = target.careTeam().isEmpty() ? Discipline.OTHER : target.careTeam().getFirst().discipline();
        ConsentFields fields = new ConsentFields(editing.today(), own);
        FieldErrors errors = new FieldErrors(dialog);
        fields.bindErrors(errors);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (editing.apply(this, () -> consents.record(target.caseNumber(), target.version(), fields.draft()),
                    errors::show)) {
                dialog.close();
            }
        });
        save.setId("save-consent");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(fields);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
