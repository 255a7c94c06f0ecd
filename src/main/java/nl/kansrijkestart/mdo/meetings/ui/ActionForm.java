package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.kansrijkestart.mdo.meetings.ActionDraft;
import nl.kansrijkestart.mdo.meetings.ActionService;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/** The chair adds an agreed action: what, who (an invited user or an external party) and by when. */
class ActionForm extends HorizontalLayout {

    final TextField what = new TextField();
    final Select<Person> assignee = new Select<>();
    final TextField externalParty = new TextField();
    final DatePicker dueOn = new DatePicker();

    ActionForm(ActionService actions, MeetingSummary meeting, AgendaEntry entry, Runnable reload) {
        setId("action-form-" + entry.key());
        setWrap(true);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        what.setLabel(getTranslation("actions.what"));
        assignee.setLabel(getTranslation("actions.who"));
        assignee.setEmptySelectionAllowed(true);
        assignee.setItems(assignees(meeting));
        assignee.setItemLabelGenerator(person -> person == null ? "" : person.name());
        externalParty.setLabel(getTranslation("actions.external"));
        dueOn.setLabel(getTranslation("actions.due-on"));
        FieldErrors errors = new FieldErrors(this).bind("what", what).bind("assignee", assignee)
                .bind("dueOn", dueOn);
        Button add = new Button(getTranslation("actions.add"), VaadinIcon.PLUS.create(), click -> {
            try {
                Person chosen = assignee.getValue();
                actions.agree(entry.id(), new ActionDraft(what.getValue(), chosen == null ? null : chosen.userId(),
                        externalParty.getValue(), dueOn.getValue()));
                reload.run();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        add.setId("add-action-" + entry.key());
        add(what, assignee, externalParty, dueOn, add);
    }

    /** Someone with an account in this meeting: the chair or an invited user. */
    record Person(long userId, String name) {}

    private static List<Person> assignees(MeetingSummary meeting) {
        List<Person> all = new ArrayList<>();
        all.add(new Person(meeting.chairUserId(), meeting.chairName()));
        meeting.participants().forEach(p -> all.add(new Person(p.userId(), p.name())));
        return all;
    }
}
