package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.EnumSet;
import nl.kansrijkestart.mdo.cases.ConsentDraft;
import nl.kansrijkestart.mdo.cases.ConsentForm;
import nl.kansrijkestart.mdo.cases.ConsentGiver;
import nl.kansrijkestart.mdo.cases.LegalBasis;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/**
 * Recording a consent: with whom the client agreed to share, for what, and until when. Another
 * legal basis than consent shows a warning and asks for the written justification.
 */
class ConsentFields extends FormLayout {

    final RadioButtonGroup<LegalBasis> basis = new RadioButtonGroup<>();
    final DatePicker givenOn = new DatePicker();
    final Select<ConsentForm> form = new Select<>();
    final Select<ConsentGiver> givenBy = new Select<>();
    final Checkbox discussInMeeting = new Checkbox();
    final Checkbox parentsAttend = new Checkbox();
    final Checkbox contactOthers = new Checkbox();
    final CheckboxGroup<Discipline> disciplines = new CheckboxGroup<>();
    final DatePicker validUntil = new DatePicker();
    final TextArea justification = new TextArea();
    private final Paragraph basisWarning = new Paragraph();

    ConsentFields(LocalDate today, Discipline ownDiscipline) {
        basis.setId("legal-basis");
        basis.setLabel(getTranslation("consent.basis"));
        basis.setItems(LegalBasis.values());
        basis.setItemLabelGenerator(b -> getTranslation(b.messageKey()));
        basis.setValue(LegalBasis.CONSENT);
        givenOn.setId("consent-given-on");
        givenOn.setLabel(getTranslation("consent.given-on"));
        givenOn.setValue(today);
        givenOn.setMax(today);
        form.setId("consent-form");
        form.setLabel(getTranslation("consent.form"));
        form.setItems(ConsentForm.values());
        form.setItemLabelGenerator(f -> f == null ? "" : getTranslation(f.messageKey()));
        givenBy.setId("consent-given-by");
        givenBy.setLabel(getTranslation("consent.given-by"));
        givenBy.setItems(ConsentGiver.values());
        givenBy.setItemLabelGenerator(g -> g == null ? "" : getTranslation(g.messageKey()));
        givenBy.setValue(ConsentGiver.CLIENT);
        discussInMeeting.setId("consent-discuss");
        discussInMeeting.setLabel(getTranslation("consent.purpose.discuss"));
        discussInMeeting.setValue(true);
        parentsAttend.setId("consent-parents-attend");
        parentsAttend.setLabel(getTranslation("consent.purpose.parents-attend"));
        contactOthers.setId("consent-contact-others");
        contactOthers.setLabel(getTranslation("consent.purpose.contact-others"));
        disciplines.setId("consent-disciplines");
        disciplines.setLabel(getTranslation("consent.disciplines"));
        disciplines.setItems(Discipline.values());
        disciplines.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        disciplines.setValue(EnumSet.of(ownDiscipline));
        validUntil.setId("consent-valid-until");
        validUntil.setLabel(getTranslation("consent.valid-until"));
        validUntil.setHelperText(getTranslation("consent.valid-until.help"));
        justification.setId("consent-justification");
        justification.setLabel(getTranslation("consent.justification"));
        justification.setHelperText(getTranslation("consent.justification.help"));
        basisWarning.setText(getTranslation("consent.basis.warning"));
        basisWarning.addClassName("legal-basis-warning");
        add(basis, 2);
        add(basisWarning, 2);
        add(givenOn, validUntil, form, givenBy);
        add(discussInMeeting, parentsAttend, contactOthers);
        add(disciplines, 2);
        add(justification, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        basis.addValueChangeListener(change -> adapt());
        adapt();
    }

    private void adapt() {
        boolean consent = basis.getValue() == LegalBasis.CONSENT;
        form.setVisible(consent);
        givenBy.setVisible(consent);
        justification.setVisible(!consent);
        basisWarning.setVisible(!consent);
    }

    void bindErrors(FieldErrors errors) {
        errors.bind("basis", basis).bind("givenOn", givenOn).bind("form", form).bind("givenBy", givenBy)
                .bind("validUntil", validUntil).bind("justification", justification).bind("purposes", disciplines);
    }

    ConsentDraft draft() {
        boolean consent = basis.getValue() == LegalBasis.CONSENT;
        return new ConsentDraft(basis.getValue(), givenOn.getValue(), consent ? form.getValue() : null,
                consent ? givenBy.getValue() : null, discussInMeeting.getValue(), parentsAttend.getValue(),
                contactOthers.getValue(), disciplines.getValue(), validUntil.getValue(),
                consent ? null : justification.getValue());
    }
}
