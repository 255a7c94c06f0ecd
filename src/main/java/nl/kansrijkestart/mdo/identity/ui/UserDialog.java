package nl.kansrijkestart.mdo.identity.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.OrganisationSummary;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.identity.UserAdminService;
import nl.kansrijkestart.mdo.identity.UserDraft;
import nl.kansrijkestart.mdo.identity.UserSummary;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * Create or change one account. The service checks everything; its refusals appear next to the
 * fields and what the administrator typed stays. When accounts are Keycloak's, the dialog only
 * shows the account and offers to disable or enable it.
 */
class UserDialog extends Dialog {

    private final UserAdminService users;
    private final @Nullable UserSummary existing;
    private final Consumer<UserSummary> onSaved;

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final TextField workPhone = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final ComboBox<Discipline> discipline = new ComboBox<>();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final MultiSelectComboBox<MunicipalitySummary> scope = new MultiSelectComboBox<>();
    final ComboBox<RegionSummary> addRegion = new ComboBox<>();
    private final FieldErrors errors = new FieldErrors(this);

    /** The municipalities and regions a coordinator's scope is chosen from. */
    record Areas(List<MunicipalitySummary> municipalities, List<RegionSummary> regions) {}

    UserDialog(UserAdminService users, List<OrganisationSummary> organisations, Areas areas,
            @Nullable UserSummary existing, boolean accountsInKeycloak, Consumer<UserSummary> onSaved) {
        this.users = users;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("user-dialog");
        setHeaderTitle(getTranslation(existing == null ? "user.new" : "user.edit"));
        setWidth("40rem");
        configureFields(organisations);
        configureScope(areas);
        FormLayout form = new FormLayout(username, displayName, workPhone, discipline, organisation, roles, scope,
                addRegion);
        if (existing == null) {
            form.add(password);
        } else {
            fill(existing, organisations);
        }
        add(form);
        if (accountsInKeycloak) {
            form.getChildren().forEach(field -> ((HasValue<?, ?>) field).setReadOnly(true));
            addRegion.setVisible(false);
            getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        } else {
            Button save = new Button(getTranslation("action.save"), click -> save());
            save.setId("save-user");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        }
        if (existing != null) {
            getFooter().add(new UserAccountActions(users, existing, accountsInKeycloak, this::saved));
        }
    }

    private void configureFields(List<OrganisationSummary> organisations) {
        username.setId("username");
        username.setLabel(getTranslation("user.username"));
        username.setHelperText(getTranslation("user.username.help"));
        username.setRequiredIndicatorVisible(true);
        displayName.setId("display-name");
        displayName.setLabel(getTranslation("user.display-name"));
        displayName.setRequiredIndicatorVisible(true);
        workPhone.setId("work-phone");
        workPhone.setLabel(getTranslation("user.work-phone"));
        workPhone.setHelperText(getTranslation("user.work-phone.help"));
        roles.setId("roles");
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(Arrays.stream(Role.values())
                .filter(role -> !role.serviceAccountsOnly() || (existing != null && existing.serviceAccount())).toList());
        roles.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
        // Said in words, not with the required indicator: on a checkbox group Vaadin marks it with
        // aria-required, which the group role does not allow (axe: aria-allowed-attr).
        roles.setHelperText(getTranslation("user.roles.required"));
        discipline.setId("discipline");
        discipline.setLabel(getTranslation("user.discipline"));
        discipline.setItems(Discipline.values());
        discipline.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.messageKey()));
        // A combo box, not a select: a required select puts aria-required on its button, where
        // assistive technology cannot use it (axe: aria-allowed-attr).
        discipline.setRequiredIndicatorVisible(true);
        organisation.setId("organisation");
        organisation.setLabel(getTranslation("user.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setRequiredIndicatorVisible(true);
        password.setId("password");
        password.setLabel(getTranslation("user.password.initial"));
        password.setHelperText(getTranslation("user.password.help", UserAdminService.PASSWORD_MIN));
        password.setRequiredIndicatorVisible(true);
        errors.bind("username", username).bind("displayName", displayName).bind("workPhone", workPhone)
                .bind("roles", roles)
                .bind("discipline", discipline).bind("organisation", organisation).bind("password", password);
    }

    /**
     * The scope is a set of municipalities; choosing a region adds all of its municipalities (also
     * those of its sub-regions) as they are today. Shown while the coordinator role is ticked.
     */
    private void configureScope(Areas areas) {
        scope.setId("municipality-scope");
        scope.setLabel(getTranslation("user.scope"));
        scope.setHelperText(getTranslation("user.scope.help"));
        scope.setItems(areas.municipalities());
        scope.setItemLabelGenerator(MunicipalitySummary::label);
        scope.setClearButtonVisible(true);
        addRegion.setId("scope-region");
        addRegion.setLabel(getTranslation("user.scope.add-region"));
        addRegion.setItems(areas.regions());
        addRegion.setItemLabelGenerator(RegionSummary::name);
        addRegion.addValueChangeListener(chosen -> {
            if (chosen.getValue() != null) {
                Set<MunicipalitySummary> widened = new HashSet<>(scope.getValue());
                areas.municipalities().stream()
                        .filter(m -> chosen.getValue().allMunicipalityCodes().contains(m.code()))
                        .forEach(widened::add);
                scope.setValue(widened);
                addRegion.clear();
            }
        });
        roles.addValueChangeListener(changed -> showScope());
        errors.bind("municipalityScope", scope);
        showScope();
    }

    private void showScope() {
        boolean coordinator = roles.getValue().contains(Role.COORDINATOR);
        scope.setVisible(coordinator || !scope.getValue().isEmpty());
        addRegion.setVisible(coordinator);
    }

    private void fill(UserSummary user, List<OrganisationSummary> organisations) {
        username.setValue(user.username());
        username.setReadOnly(true);
        displayName.setValue(user.displayName());
        workPhone.setValue(user.workPhone() == null ? "" : user.workPhone());
        roles.setValue(user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles()));
        discipline.setValue(user.discipline());
        organisations.stream().filter(o -> o.id() == user.organisationId()).findFirst().ifPresent(organisation::setValue);
        scope.setValue(scope.getListDataView().getItems()
                .filter(m -> user.municipalityScope().contains(m.code())).collect(Collectors.toSet()));
        showScope();
    }

    private void save() {
        UserDraft draft = new UserDraft(username.getValue(), displayName.getValue(), roles.getValue(),
                discipline.getValue(), organisation.getValue() == null ? null : organisation.getValue().id(),
                scope.getValue().stream().map(MunicipalitySummary::code).collect(Collectors.toSet()),
                workPhone.getValue());
        try {
            saved(existing == null
                    ? users.createUser(draft, password.getValue())
                    : users.updateUser(existing.id(), existing.version(), draft));
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }

    private void saved(UserSummary user) {
        Notification.show(getTranslation("saved"));
        onSaved.accept(Objects.requireNonNull(user));
        close();
    }
}
