package nl.kansrijkestart.mdo.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.kansrijkestart.mdo.reference.DomainDraft;
import nl.kansrijkestart.mdo.reference.DomainValueType;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/** One domain of a new version: code, name, flag or score, and the range of a score. */
class DomainRow extends HorizontalLayout {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final Select<DomainValueType> type = new Select<>();
    final IntegerField min = new IntegerField();
    final IntegerField max = new IntegerField();

    DomainRow(Consumer<DomainRow> onRemove) {
        addClassName("domain-row");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        code.setLabel(getTranslation("instrument.domain.code"));
        code.setWidth("12rem");
        name.setLabel(getTranslation("instrument.domain.name"));
        type.setLabel(getTranslation("instrument.domain.type"));
        type.setItems(DomainValueType.values());
        type.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.messageKey()));
        type.setValue(DomainValueType.FLAG);
        type.addValueChangeListener(change -> showRange());
        min.setLabel(getTranslation("instrument.domain.min"));
        max.setLabel(getTranslation("instrument.domain.max"));
        min.setWidth("7rem");
        max.setWidth("7rem");
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> onRemove.accept(this));
        remove.setAriaLabel(getTranslation("instrument.domain.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(code, name, type, min, max, remove);
        showRange();
    }

    /** A flag has no range, so its range fields are only offered for a score. */
    private void showRange() {
        boolean score = type.getValue() == DomainValueType.SCORE;
        min.setEnabled(score);
        max.setEnabled(score);
        if (!score) {
            min.clear();
            max.clear();
        }
    }

    DomainDraft draft() {
        return new DomainDraft(code.getValue(), name.getValue(), type.getValue(), min.getValue(), max.getValue());
    }

    /** Binds this row's fields under the names the catalogue reports them by, for its place in the list. */
    void bind(FieldErrors errors, int index) {
        errors.bind(DomainDraft.field(index, "code"), code)
                .bind(DomainDraft.field(index, "name"), name)
                .bind(DomainDraft.field(index, "type"), type)
                .bind(DomainDraft.field(index, "scoreMin"), min)
                .bind(DomainDraft.field(index, "scoreMax"), max);
    }
}
