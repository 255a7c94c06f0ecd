package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kansrijkestart.mdo.cases.CaseFilter;
import nl.kansrijkestart.mdo.cases.CaseListItem;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.SubmissionRefusedException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.springframework.data.domain.PageRequest;

/**
 * A care-team member submits one of their cases with the question for the meeting. The consent
 * check happens in the service; a refusal says what is missing next to the case field.
 */
class SubmitCaseDialog extends Dialog {

    private static final int CASES_SHOWN = 200;

    final ComboBox<CaseListItem> caseField = new ComboBox<>();
    final TextArea question = new TextArea();
    final Checkbox parentsAttend = new Checkbox();

    SubmitCaseDialog(CaseService cases, AgendaService agenda, long meetingId, Runnable reload) {
        setHeaderTitle(getTranslation("agenda.submit"));
        setWidth("36em");
        caseField.setLabel(getTranslation("agenda.submit.case"));
        caseField.setItems(cases.myCases(CaseFilter.none(), PageRequest.of(0, CASES_SHOWN)));
        caseField.setItemLabelGenerator(c -> c.caseNumber() + " – "
                + (c.anonymous() ? getTranslation("agenda.anonymous") : c.initials()));
        caseField.setWidthFull();
        caseField.setId("submit-case-field");
        question.setLabel(getTranslation("agenda.submit.question"));
        question.setWidthFull();
        question.setId("submit-question");
        parentsAttend.setLabel(getTranslation("agenda.parents-attend"));
        Paragraph privacy = new Paragraph(getTranslation("agenda.submit.privacy"));
        privacy.addClassName("privacy-warning");
        FieldErrors errors = new FieldErrors(this).bind("case", caseField).bind("question", question);
        Button submit = new Button(getTranslation("agenda.submit"), click -> {
            try {
                agenda.submit(meetingId, caseField.getValue() == null ? "" : caseField.getValue().caseNumber(),
                        question.getValue(), parentsAttend.getValue());
                Notification.show(getTranslation("agenda.submitted"));
                close();
                reload.run();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            } catch (SubmissionRefusedException refused) {
                errors.show(new InvalidInputException("case", SubmissionRefusedException.MESSAGE_KEY));
            }
        });
        submit.setId("confirm-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(caseField, question, parentsAttend, privacy);
        getFooter().add(new Button(getTranslation("agenda.submit.cancel"), click -> close()), submit);
    }
}
