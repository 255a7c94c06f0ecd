package nl.kansrijkestart.mdo.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.InstrumentSummary;
import nl.kansrijkestart.mdo.reference.InstrumentVersionDraft;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/**
 * Adds a version with its domains to an instrument. A saved version never changes, so the whole
 * version is entered here at once; the catalogue checks every row and reports each problem at its field.
 */
class InstrumentVersionDialog extends Dialog {

    private final InstrumentCatalogue catalogue;
    private final InstrumentSummary instrument;
    private final Runnable onSaved;
    final TextField label = new TextField();
    final Checkbox hasTotal = new Checkbox();
    final IntegerField totalMin = new IntegerField();
    final IntegerField totalMax = new IntegerField();
    final List<DomainRow> rows = new ArrayList<>();
    private final VerticalLayout rowLayout = new VerticalLayout();

    InstrumentVersionDialog(InstrumentCatalogue catalogue, InstrumentSummary instrument, Runnable onSaved) {
        this.catalogue = catalogue;
        this.instrument = instrument;
        this.onSaved = onSaved;
        setId("instrument-version-dialog");
        setHeaderTitle(getTranslation("instrument.version.title", instrument.name()));
        setWidth("60rem");
        label.setId("version-label");
        label.setLabel(getTranslation("instrument.version.label"));
        label.setHelperText(getTranslation("instrument.version.label.help"));
        label.setRequiredIndicatorVisible(true);
        hasTotal.setId("version-has-total");
        hasTotal.setLabel(getTranslation("instrument.version.has-total"));
        hasTotal.addValueChangeListener(change -> showTotal());
        totalMin.setLabel(getTranslation("instrument.version.total-min"));
        totalMax.setLabel(getTranslation("instrument.version.total-max"));
        HorizontalLayout header = new HorizontalLayout(label, hasTotal, totalMin, totalMax);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        rowLayout.setPadding(false);
        Button addRow = new Button(getTranslation("instrument.domain.add"), VaadinIcon.PLUS.create(),
                click -> addRow());
        addRow.setId("add-domain");
        add(header, rowLayout, addRow);
        addRow();
        showTotal();
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-version");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    DomainRow addRow() {
        DomainRow row = new DomainRow(this::removeRow);
        rows.add(row);
        rowLayout.add(row);
        return row;
    }

    private void removeRow(DomainRow row) {
        rows.remove(row);
        rowLayout.remove(row);
    }

    private void showTotal() {
        totalMin.setEnabled(hasTotal.getValue());
        totalMax.setEnabled(hasTotal.getValue());
        if (!hasTotal.getValue()) {
            totalMin.clear();
            totalMax.clear();
        }
    }

    private void save() {
        InstrumentVersionDraft draft = new InstrumentVersionDraft(label.getValue(), hasTotal.getValue(),
                totalMin.getValue(), totalMax.getValue(), rows.stream().map(DomainRow::draft).toList());
        try {
            catalogue.addVersion(instrument.id(), draft);
            Notification.show(getTranslation("saved"));
            onSaved.run();
            close();
        } catch (InvalidInputException refused) {
            errors().show(refused);
        }
    }

    /** Bound afresh on every save, because rows may have been added or removed since the last one. */
    private FieldErrors errors() {
        FieldErrors errors = new FieldErrors(this).bind("label", label).bind("totalMin", totalMin)
                .bind("totalMax", totalMax);
        for (int index = 0; index < rows.size(); index++) {
            rows.get(index).bind(errors, index);
        }
        return errors;
    }
}
