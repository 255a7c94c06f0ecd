package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.FollowUp;
import nl.kansrijkestart.mdo.meetings.Outcome;
import nl.kansrijkestart.mdo.meetings.OutcomeDraft;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.meetings.OutcomeStatus;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/** The chair's form for the outcome of one accepted item while the meeting runs. */
class OutcomeEditor extends VerticalLayout {

    final RadioButtonGroup<OutcomeStatus> status = new RadioButtonGroup<>();
    final TextArea conclusion = new TextArea();
    final Select<FollowUp> followUp = new Select<>();
    final DatePicker followUpDate = new DatePicker();

    OutcomeEditor(OutcomeService outcomes, AgendaEntry entry, @Nullable Outcome recorded, Runnable reload) {
        setPadding(false);
        setId("outcome-editor-" + entry.caseNumber());
        status.setLabel(getTranslation("outcome.status"));
        status.setItems(OutcomeStatus.values());
        status.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        conclusion.setLabel(getTranslation("outcome.conclusion"));
        conclusion.setWidthFull();
        followUp.setLabel(getTranslation("outcome.follow-up"));
        followUp.setItems(FollowUp.values());
        followUp.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        followUpDate.setLabel(getTranslation("outcome.follow-up-date"));
        followUp.addValueChangeListener(change -> followUpDate.setVisible(change.getValue() == FollowUp.REDISCUSS));
        fill(recorded);
        FieldErrors errors = new FieldErrors(this).bind("status", status).bind("conclusion", conclusion)
                .bind("followUp", followUp).bind("followUpDate", followUpDate);
        Button save = new Button(getTranslation("outcome.save"), click -> {
            try {
                outcomes.record(entry.id(), recorded == null ? null : recorded.version(), new OutcomeDraft(
                        status.getValue(), conclusion.getValue(), followUp.getValue(), followUpDate.getValue()));
                reload.run();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        save.setId("save-outcome-" + entry.caseNumber());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(status, conclusion, new HorizontalLayout(followUp, followUpDate), save);
    }

    private void fill(@Nullable Outcome recorded) {
        status.setValue(recorded == null ? OutcomeStatus.DISCUSSED : recorded.status());
        conclusion.setValue(recorded == null || recorded.conclusion() == null ? "" : recorded.conclusion());
        followUp.setValue(recorded == null ? FollowUp.NONE : recorded.followUp());
        followUpDate.setValue(recorded == null ? null : recorded.followUpDate());
        followUpDate.setVisible(followUp.getValue() == FollowUp.REDISCUSS);
    }
}
