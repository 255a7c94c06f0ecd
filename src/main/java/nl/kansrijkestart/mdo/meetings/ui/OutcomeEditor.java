package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.FollowUp;
import nl.kansrijkestart.mdo.meetings.Outcome;
import nl.kansrijkestart.mdo.meetings.OutcomeDraft;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.meetings.OutcomeStatus;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The chair's form for the outcome of one accepted item while the meeting runs. The conclusion
 * saves itself as it is typed; the button records status and follow-up on the same version.
 */
class OutcomeEditor extends VerticalLayout {

    final RadioButtonGroup<OutcomeStatus> status = new RadioButtonGroup<>();
    final SharedTextEditor conclusion;
    final Select<FollowUp> followUp = new Select<>();
    final DatePicker followUpDate = new DatePicker();

    OutcomeEditor(OutcomeService outcomes, AgendaEntry entry, @Nullable Outcome recorded,
            SharedTextEditor conclusion, Runnable reload) {
        this.conclusion = conclusion;
        setPadding(false);
        setId("outcome-editor-" + entry.key());
        status.setLabel(getTranslation("outcome.status"));
        status.setItems(OutcomeStatus.values());
        status.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        followUp.setLabel(getTranslation("outcome.follow-up"));
        followUp.setItems(FollowUp.values());
        followUp.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        followUpDate.setLabel(getTranslation("outcome.follow-up-date"));
        followUp.addValueChangeListener(change -> followUpDate.setVisible(change.getValue() == FollowUp.REDISCUSS));
        fill(recorded);
        FieldErrors errors = new FieldErrors(this).bind("status", status).bind("conclusion", conclusion.text)
                .bind("followUp", followUp).bind("followUpDate", followUpDate);
        Button save = new Button(getTranslation("outcome.save"), click -> {
            try {
                Outcome saved = outcomes.record(entry.id(), conclusion.version(), new OutcomeDraft(
                        status.getValue(), conclusion.text.getValue(), followUp.getValue(), followUpDate.getValue()));
                conclusion.show(ItemOutcomes.saved(saved));
                reload.run();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        save.setId("save-outcome-" + entry.key());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(status, conclusion, new HorizontalLayout(followUp, followUpDate), save);
    }

    private void fill(@Nullable Outcome recorded) {
        OutcomeStatus recordedStatus = recorded == null ? null : recorded.status();
        status.setValue(recordedStatus == null ? OutcomeStatus.DISCUSSED : recordedStatus);
        followUp.setValue(recorded == null ? FollowUp.NONE : recorded.followUp());
        followUpDate.setValue(recorded == null ? null : recorded.followUpDate());
        followUpDate.setVisible(followUp.getValue() == FollowUp.REDISCUSS);
    }
}
