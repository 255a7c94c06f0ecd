package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kansrijkestart.mdo.meetings.ActionService;
import nl.kansrijkestart.mdo.meetings.AgreedAction;

/** The actions assigned to me in meetings, by due date; overdue ones stand out; I mark them done. */
@Route("acties")
@RolesAllowed({"PROFESSIONAL", "CHAIR"})
@Menu(order = 30, title = "menu.my-actions", icon = "vaadin:tasks")
public class MyActionsView extends VerticalLayout implements HasDynamicTitle {

    private final ActionService actions;
    private final VerticalLayout list = new VerticalLayout();

    MyActionsView(ActionService actions) {
        this.actions = actions;
        list.setId("my-actions");
        list.setPadding(false);
        add(new H1(getTranslation("menu.my-actions")), list);
        show();
    }

    private void show() {
        list.removeAll();
        List<AgreedAction> mine = actions.myActions();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("actions.none")));
        }
        mine.forEach(action -> list.add(row(action)));
    }

    private Div row(AgreedAction action) {
        Div row = new Div();
        row.setId("action-" + action.id());
        row.addClassName("my-action");
        if (action.overdue()) {
            row.addClassName("overdue-action");
        }
        row.add(new Span(getTranslation("actions.due", action.dueOn()) + " – " + action.what()),
                new Paragraph(getTranslation(action.meetingType().messageKey()) + ", "
                        + MeetingLabels.dateTime(getLocale(), action.meetingStartsAt()) + " – "
                        + (action.caseNumber() == null ? getTranslation("agenda.hidden-case")
                                : getTranslation("agenda.case-number") + " " + action.caseNumber())));
        if (action.done()) {
            row.add(new Span(getTranslation("actions.done")));
        } else {
            Button done = new Button(getTranslation("actions.mark-done"), VaadinIcon.CHECK.create(), click -> {
                actions.markDone(action.id(), action.version());
                show();
            });
            done.setId("done-" + action.id());
            row.add(done);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.my-actions");
    }
}
