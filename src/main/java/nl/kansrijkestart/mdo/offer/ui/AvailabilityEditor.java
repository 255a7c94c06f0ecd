package nl.kansrijkestart.mdo.offer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.kansrijkestart.mdo.offer.OfferAvailability;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import org.jspecify.annotations.Nullable;

/** The municipalities where a service is offered, each with a start date and an optional end date. */
class AvailabilityEditor extends CustomField<List<OfferAvailability>> {

    private final List<MunicipalitySummary> municipalities;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> current = new ArrayList<>();
    private final LocalDate today;

    AvailabilityEditor(List<MunicipalitySummary> municipalities, LocalDate today) {
        this.today = today;
        this.municipalities = municipalities.stream().filter(MunicipalitySummary::active).toList();
        setId("offer-availability");
        setLabel(getTranslation("offer.availability"));
        setHelperText(getTranslation("offer.availability.help"));
        rows.setPadding(false);
        rows.setSpacing(false);
        Button addOne = new Button(getTranslation("offer.availability.add"), VaadinIcon.PLUS.create(),
                click -> addRow(null, today, null));
        addOne.setId("offer-availability-add");
        addOne.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button addAll = new Button(getTranslation("offer.availability.add-all"), click -> addAll());
        addAll.setId("offer-availability-add-all");
        addAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout layout = new VerticalLayout(rows, new HorizontalLayout(addOne, addAll));
        layout.setPadding(false);
        add(layout);
        setValue(List.of());
    }

    private void addAll() {
        List<String> present = current.stream().map(row -> row.municipality.getValue()).filter(Objects::nonNull)
                .map(MunicipalitySummary::code).toList();
        municipalities.stream().filter(m -> !present.contains(m.code()))
                .forEach(m -> addRow(m.code(), today, null));
    }

    private void addRow(@Nullable String code, LocalDate from, @Nullable LocalDate until) {
        Row row = new Row();
        row.municipality.setItems(municipalities);
        row.municipality.setItemLabelGenerator(MunicipalitySummary::label);
        row.municipality.setAriaLabel(getTranslation("offer.availability.municipality"));
        municipalities.stream().filter(m -> m.code().equals(code)).findFirst().ifPresent(row.municipality::setValue);
        row.from.setValue(from);
        row.from.setAriaLabel(getTranslation("offer.availability.from"));
        row.from.setPlaceholder(getTranslation("offer.availability.from"));
        row.until.setValue(until);
        row.until.setAriaLabel(getTranslation("offer.availability.until"));
        row.until.setPlaceholder(getTranslation("offer.availability.until"));
        row.until.setClearButtonVisible(true);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            current.remove(row);
            rows.remove(row.layout);
            updateValue();
        });
        remove.setAriaLabel(getTranslation("offer.availability.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        row.layout.add(row.municipality, row.from, row.until, remove);
        row.municipality.addValueChangeListener(e -> updateValue());
        row.from.addValueChangeListener(e -> updateValue());
        row.until.addValueChangeListener(e -> updateValue());
        current.add(row);
        rows.add(row.layout);
        updateValue();
    }

    @Override
    public List<OfferAvailability> getEmptyValue() {
        return List.of();
    }

    @Override
    protected List<OfferAvailability> generateModelValue() {
        return current.stream().filter(row -> row.municipality.getValue() != null && row.from.getValue() != null)
                .map(row -> new OfferAvailability(row.municipality.getValue().code(), row.from.getValue(),
                        row.until.getValue()))
                .toList();
    }

    @Override
    protected void setPresentationValue(List<OfferAvailability> value) {
        current.clear();
        rows.removeAll();
        value.forEach(a -> addRow(a.municipalityCode(), a.from(), a.until()));
    }

    private static final class Row {
        private final ComboBox<MunicipalitySummary> municipality = new ComboBox<>();
        private final DatePicker from = new DatePicker();
        private final DatePicker until = new DatePicker();
        private final HorizontalLayout layout = new HorizontalLayout();
    }
}
