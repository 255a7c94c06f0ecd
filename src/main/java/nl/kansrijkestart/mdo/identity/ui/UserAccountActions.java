package nl.kansrijkestart.mdo.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;
import nl.kansrijkestart.mdo.identity.UserAdminService;
import nl.kansrijkestart.mdo.identity.UserSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/**
 * Disable or enable, unlock, and reset the password of an existing account. Locks and passwords of
 * accounts kept in Keycloak are Keycloak's, so for those only disabling and enabling are offered.
 */
class UserAccountActions extends HorizontalLayout {

    UserAccountActions(UserAdminService users, UserSummary user, boolean accountsInKeycloak,
            Consumer<UserSummary> onChanged) {
        Button toggle = new Button(getTranslation(user.enabled() ? "user.disable" : "user.enable"), click -> {
            try {
                onChanged.accept(users.setEnabled(user.id(), user.version(), !user.enabled()));
            } catch (InvalidInputException refused) {
                refused.problems().forEach(problem -> Notification.show(getTranslation(problem.messageKey()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        });
        toggle.setId("toggle-enabled");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(toggle);
        if (accountsInKeycloak) {
            return;
        }
        if (user.locked()) {
            Button unlock = new Button(getTranslation("user.unlock"),
                    click -> onChanged.accept(users.unlock(user.id(), user.version())));
            unlock.setId("unlock");
            unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(unlock);
        }
        Button reset = new Button(getTranslation("user.password.reset"), click -> resetPassword(users, user, onChanged));
        reset.setId("reset-password");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(reset);
    }

    private void resetPassword(UserAdminService users, UserSummary user, Consumer<UserSummary> onChanged) {
        Dialog dialog = new Dialog(getTranslation("user.password.reset"));
        dialog.setId("reset-password-dialog");
        PasswordField password = new PasswordField(getTranslation("user.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("user.password.help", UserAdminService.PASSWORD_MIN));
        FieldErrors errors = new FieldErrors(dialog).bind("password", password);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                UserSummary changed = users.resetPassword(user.id(), user.version(), password.getValue());
                Notification.show(getTranslation("user.password.reset.done"));
                dialog.close();
                onChanged.accept(changed);
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
