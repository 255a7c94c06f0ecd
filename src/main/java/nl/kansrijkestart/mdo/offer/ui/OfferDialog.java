package nl.kansrijkestart.mdo.offer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.offer.OfferDraft;
import nl.kansrijkestart.mdo.offer.OfferKind;
import nl.kansrijkestart.mdo.offer.OfferPhase;
import nl.kansrijkestart.mdo.offer.OfferSummary;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/** Create or change one service of the local offer, with the municipalities and dates it is offered. */
class OfferDialog extends Dialog {

    private final LocalOfferService service;
    private final @Nullable OfferSummary existing;
    private final Runnable onChanged;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<OfferKind> kind = new ComboBox<>();
    private final TextField provider = new TextField();
    private final ComboBox<OfferPhase> phase = new ComboBox<>();
    private final Checkbox localTeam = new Checkbox();
    private final TextArea description = new TextArea();
    private final TextField phone = new TextField();
    private final TextField website = new TextField();
    private final TextField address = new TextField();
    private final MultiSelectComboBox<Factor> factors = new MultiSelectComboBox<>();
    private final AvailabilityEditor availability;
    private final FieldErrors errors = new FieldErrors(this);

    OfferDialog(LocalOfferService service, List<MunicipalitySummary> municipalities, LocalDate today,
            @Nullable OfferSummary existing, Runnable onChanged) {
        this.service = service;
        this.existing = existing;
        this.onChanged = onChanged;
        this.availability = new AvailabilityEditor(municipalities, today);
        setId("offer-dialog");
        setHeaderTitle(existing == null ? getTranslation("offer.new") : existing.name());
        setWidth("52rem");
        field(code, "offer-code", "offer.code").setHelperText(getTranslation("offer.code.help"));
        field(name, "offer-name", "offer.name");
        kind.setId("offer-kind");
        kind.setLabel(getTranslation("offer.kind"));
        kind.setItems(OfferKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        field(provider, "offer-provider", "offer.provider");
        phase.setId("offer-phase");
        phase.setLabel(getTranslation("offer.phase"));
        phase.setItems(OfferPhase.values());
        phase.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        localTeam.setId("offer-local-team");
        localTeam.setLabel(getTranslation("offer.local-team"));
        description.setId("offer-description");
        description.setLabel(getTranslation("offer.description"));
        description.setHelperText(getTranslation("offer.description.help"));
        field(phone, "offer-phone", "offer.phone");
        field(website, "offer-website", "offer.website");
        field(address, "offer-address", "offer.address");
        factors.setId("offer-factors");
        factors.setLabel(getTranslation("offer.factors"));
        factors.setItems(Arrays.stream(Factor.values()).filter(f -> f.kind() != Factor.Kind.PROTECTIVE).toList());
        factors.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        errors.bind("code", code).bind("name", name).bind("kind", kind).bind("provider", provider)
                .bind("phase", phase).bind("description", description).bind("phone", phone)
                .bind("website", website).bind("address", address).bind("factors", factors)
                .bind("availability", availability);
        if (existing != null) {
            fill(existing);
        }
        FormLayout form = new FormLayout(code, name, kind, provider, phase, localTeam, description, phone, website,
                address, factors);
        form.setColspan(description, 2);
        form.setColspan(factors, 2);
        add(form, availability);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-offer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private TextField field(TextField field, String id, String label) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        return field;
    }

    private void fill(OfferSummary offer) {
        code.setValue(offer.code());
        name.setValue(offer.name());
        kind.setValue(offer.kind());
        provider.setValue(offer.provider());
        phase.setValue(offer.phase());
        localTeam.setValue(offer.localTeam());
        description.setValue(offer.description());
        phone.setValue(offer.phone() == null ? "" : offer.phone());
        website.setValue(offer.website() == null ? "" : offer.website());
        address.setValue(offer.address() == null ? "" : offer.address());
        factors.setValue(offer.factors());
        availability.setValue(offer.availability());
    }

    private void save() {
        OfferDraft draft = new OfferDraft(code.getValue(), name.getValue(), kind.getValue(), provider.getValue(),
                phase.getValue(), localTeam.getValue(), description.getValue(), phone.getValue(), website.getValue(),
                address.getValue(), factors.getValue(), availability.getValue());
        try {
            if (existing == null) {
                service.create(draft);
            } else {
                service.update(existing.id(), existing.version(), draft);
            }
            Notification.show(getTranslation("saved"));
            onChanged.run();
            close();
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }
}
