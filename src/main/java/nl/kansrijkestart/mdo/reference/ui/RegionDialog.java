package nl.kansrijkestart.mdo.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.reference.RegionDraft;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/** Create, change or delete one region. */
class RegionDialog extends Dialog {

    private final RegionService service;
    private final @Nullable RegionSummary existing;
    private final Runnable onChanged;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<RegionSummary> parent = new ComboBox<>();
    private final MultiSelectComboBox<MunicipalitySummary> members = new MultiSelectComboBox<>();
    private final FieldErrors errors = new FieldErrors(this);

    RegionDialog(RegionService service, List<RegionSummary> regions, List<MunicipalitySummary> municipalities,
            @Nullable RegionSummary existing, Runnable onChanged) {
        this.service = service;
        this.existing = existing;
        this.onChanged = onChanged;
        setId("region-dialog");
        setHeaderTitle(existing == null ? getTranslation("region.new") : existing.name());
        setWidth("40rem");
        code.setId("region-code");
        code.setLabel(getTranslation("region.code"));
        code.setHelperText(getTranslation("region.code.help"));
        code.setRequiredIndicatorVisible(true);
        name.setId("region-name");
        name.setLabel(getTranslation("region.name"));
        name.setRequiredIndicatorVisible(true);
        parent.setId("region-parent");
        parent.setLabel(getTranslation("region.parent"));
        parent.setItems(regions.stream().filter(r -> existing == null || r.id() != existing.id()).toList());
        parent.setItemLabelGenerator(RegionSummary::name);
        parent.setClearButtonVisible(true);
        members.setId("region-municipalities");
        members.setLabel(getTranslation("region.municipalities"));
        members.setHelperText(getTranslation("region.municipalities.help"));
        members.setItems(municipalities);
        members.setItemLabelGenerator(MunicipalitySummary::label);
        errors.bind("code", code).bind("name", name).bind("parent", parent).bind("municipalities", members);
        if (existing != null) {
            code.setValue(existing.code());
            name.setValue(existing.name());
            regions.stream().filter(r -> existing.parentId() != null && r.id() == existing.parentId())
                    .findFirst().ifPresent(parent::setValue);
            Set<Long> ids = existing.directMunicipalities().stream().map(MunicipalitySummary::id)
                    .collect(Collectors.toSet());
            members.setValue(municipalities.stream().filter(m -> ids.contains(m.id())).collect(Collectors.toSet()));
        }
        add(new FormLayout(code, name, parent, members));
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-region");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        if (existing != null) {
            Button delete = new Button(getTranslation("action.delete"), click -> delete(existing));
            delete.setId("delete-region");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(delete);
        }
    }

    private void save() {
        RegionDraft draft = new RegionDraft(code.getValue(), name.getValue(),
                parent.getValue() == null ? null : parent.getValue().id(),
                members.getValue().stream().map(MunicipalitySummary::id).collect(Collectors.toSet()));
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

    private void delete(RegionSummary region) {
        try {
            service.delete(region.id());
            Notification.show(getTranslation("region.deleted"));
            onChanged.run();
            close();
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }
}
