package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Optional;
import nl.kansrijkestart.mdo.meetings.Recurrence;

/** Once, every first same weekday of the month, or every few weeks; and how many meetings. */
class RecurrenceFields extends HorizontalLayout {

    final Select<Optional<Recurrence.Kind>> kind = new Select<>();
    final IntegerField interval = new IntegerField();
    final IntegerField count = new IntegerField();

    RecurrenceFields() {
        kind.setId("recurrence");
        kind.setLabel(getTranslation("meeting.repeat"));
        kind.setItems(Optional.empty(), Optional.of(Recurrence.Kind.FIRST_WEEKDAY_OF_MONTH),
                Optional.of(Recurrence.Kind.EVERY_N_WEEKS));
        kind.setItemLabelGenerator(k -> k.map(value -> getTranslation(value.messageKey()))
                .orElseGet(() -> getTranslation("meeting.repeat.none")));
        kind.setValue(Optional.empty());
        interval.setLabel(getTranslation("meeting.interval-weeks"));
        interval.setValue(2);
        count.setLabel(getTranslation("meeting.count"));
        count.setValue(1);
        kind.addValueChangeListener(change -> showFields());
        showFields();
        add(kind, interval, count);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    }

    private void showFields() {
        interval.setVisible(kind.getValue().filter(k -> k == Recurrence.Kind.EVERY_N_WEEKS).isPresent());
        count.setVisible(kind.getValue().isPresent());
    }

    /** A single meeting is a series of one. */
    Recurrence value() {
        int times = count.getValue() == null ? 0 : count.getValue();
        return kind.getValue()
                .map(k -> new Recurrence(k, interval.getValue() == null ? 0 : interval.getValue(), times))
                .orElseGet(() -> Recurrence.everyWeeks(1, 1));
    }
}
