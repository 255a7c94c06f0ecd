package nl.kansrijkestart.mdo.audit.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.kansrijkestart.mdo.audit.AuditQuery;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;

/** The filter row of the access log: case number, user name, action, outcome and a date range. */
class AuditFilters extends HorizontalLayout {

    final TextField caseNumber = new TextField();
    final TextField username = new TextField();
    final ComboBox<AuditAction> action = new ComboBox<>();
    final ComboBox<AuditOutcome> outcome = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();

    AuditFilters(Runnable onChange) {
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        text(caseNumber, "audit-case-number", "audit.case-number");
        text(username, "audit-username", "audit.username");
        choice(action, "audit-action", "audit.action", AuditAction.values(), a -> "audit.action." + a.name());
        choice(outcome, "audit-outcome", "audit.outcome", AuditOutcome.values(), o -> "audit.outcome." + o.name());
        date(from, "audit-from", "audit.from");
        date(to, "audit-to", "audit.to");
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));
        List.<HasValue<?, ?>>of(caseNumber, username, action, outcome, from, to)
                .forEach(field -> field.addValueChangeListener(change -> onChange.run()));
        add(caseNumber, username, action, outcome, from, to);
    }

    AuditQuery query() {
        return new AuditQuery(caseNumber.getValue(), username.getValue(), action.getValue(), outcome.getValue(),
                from.getValue(), to.getValue());
    }

    private void text(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }

    private <T> void choice(ComboBox<T> field, String id, String labelKey, T[] items,
            Function<T, String> itemKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setItems(items);
        field.setItemLabelGenerator(item -> getTranslation(itemKey.apply(item)));
        field.setClearButtonVisible(true);
    }

    private void date(DatePicker field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setClearButtonVisible(true);
        field.setLocale(getLocale());
        field.setI18n(calendarIn(getLocale()));
    }

    /** The calendar's own texts; month and day names come from Java, so they follow the user's language. */
    private DatePicker.DatePickerI18n calendarIn(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("audit.today"))
                .setCancel(getTranslation("action.cancel"));
    }
}
