package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.ArrayList;
import java.util.List;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.AgendaStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/** The chair's controls on one agenda item: accept, reject, move, reorder and time slot. */
class AgendaItemActions extends HorizontalLayout {

    private final AgendaService agenda;
    private final AgendaEntry entry;
    private final Runnable reload;
    final TimePicker slotStart = new TimePicker();
    final IntegerField slotMinutes = new IntegerField();

    AgendaItemActions(AgendaService agenda, MeetingSummary meeting, AgendaEntry entry, List<Long> acceptedOrder,
            List<MeetingSummary> moveTargets, Runnable reload) {
        this.agenda = agenda;
        this.entry = entry;
        this.reload = reload;
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        setWrap(true);
        if (entry.status() == AgendaStatus.REQUESTED) {
            Button accept = button("agenda.accept", "accept", () -> agenda.accept(entry.id(), entry.version()));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(accept);
        } else {
            add(button("agenda.up", "up", () -> agenda.order(meeting.id(), moved(acceptedOrder, -1), meeting.version())),
                    button("agenda.down", "down",
                            () -> agenda.order(meeting.id(), moved(acceptedOrder, 1), meeting.version())));
            addSlotEditor();
        }
        Button reject = new Button(getTranslation("agenda.reject"),
                click -> new RejectDialog(agenda, entry, reload).open());
        reject.setId("reject-" + entry.key());
        add(reject);
        if (!moveTargets.isEmpty()) {
            add(moveControl(moveTargets));
        }
    }

    private void addSlotEditor() {
        slotStart.setLabel(getTranslation("agenda.slot.start"));
        slotStart.setValue(entry.slotStart());
        slotMinutes.setLabel(getTranslation("agenda.slot.minutes"));
        slotMinutes.setValue(entry.slotMinutes());
        slotMinutes.setWidth("7em");
        FieldErrors errors = new FieldErrors(this).bind("slotStart", slotStart).bind("slotMinutes", slotMinutes);
        Button save = new Button(getTranslation("agenda.slot.save"), click -> {
            try {
                agenda.setSlot(entry.id(), entry.version(), slotStart.getValue(), slotMinutes.getValue());
                reload.run();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        save.setId("slot-" + entry.key());
        add(slotStart, slotMinutes, save);
    }

    private Select<MeetingSummary> moveControl(List<MeetingSummary> targets) {
        Select<MeetingSummary> target = new Select<>();
        target.setLabel(getTranslation("agenda.move"));
        target.setId("move-" + entry.key());
        target.setItems(targets);
        target.setItemLabelGenerator(m -> getTranslation(m.type().messageKey()) + ", "
                + MeetingLabels.dateTime(getLocale(), m.startsAt()));
        target.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                run(() -> agenda.move(entry.id(), entry.version(), change.getValue().id()));
            }
        });
        return target;
    }

    private Button button(String key, String idPrefix, Runnable action) {
        Button button = new Button(getTranslation(key), click -> run(action));
        button.setId(idPrefix + "-" + entry.key());
        if (idPrefix.equals("up") || idPrefix.equals("down")) {
            button.setIcon((idPrefix.equals("up") ? VaadinIcon.ARROW_UP : VaadinIcon.ARROW_DOWN).create());
        }
        return button;
    }

    private void run(Runnable action) {
        try {
            action.run();
            reload.run();
        } catch (InvalidInputException refused) {
            refused.problems().forEach(problem -> Notification.show(
                    FieldErrors.translate(this, problem.messageKey(), problem.arguments()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    /** The accepted order with this item one place up (-1) or down (+1). */
    private List<Long> moved(List<Long> order, int step) {
        List<Long> changed = new ArrayList<>(order);
        int from = changed.indexOf(entry.id());
        int to = Math.max(0, Math.min(changed.size() - 1, from + step));
        changed.add(to, changed.remove(from));
        return changed;
    }
}
