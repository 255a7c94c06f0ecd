package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.InvalidInputException.FieldProblem;
import nl.kansrijkestart.mdo.shared.MessageKey;

/**
 * Shows a service's refusal next to the fields of a form, translated; what the user typed stays
 * in the fields. Problems for fields the form does not show appear as one notification.
 */
public final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Translates a message whose arguments may themselves be {@link MessageKey}s. */
    public static String translate(Component owner, String key, Object... arguments) {
        Object[] shown = Arrays.stream(arguments)
                .map(argument -> argument instanceof MessageKey nested ? owner.getTranslation(nested.key()) : argument)
                .toArray();
        return owner.getTranslation(key, shown);
    }

    public void show(InvalidInputException refusal) {
        clear();
        StringBuilder elsewhere = new StringBuilder();
        for (FieldProblem problem : refusal.problems()) {
            String message = translate(owner, problem.messageKey(), problem.arguments());
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                elsewhere.append(message).append(' ');
            }
        }
        if (!elsewhere.isEmpty()) {
            Notification.show(elsewhere.toString().strip(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
