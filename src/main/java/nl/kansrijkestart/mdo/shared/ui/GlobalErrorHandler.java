package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place where an exception that escapes a click or a field change ends up: the user gets
 * a plain Dutch message (with a reference for unexpected errors), never a stack trace.
 */
@Component
class GlobalErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalErrorHandler.class);

    private final CurrentAuthentication authentication;

    GlobalErrorHandler(CurrentAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootCause(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            ErrorReference.logUnexpected(event.getThrowable());
            return;
        }
        ui.access(() -> show(ui, event.getThrowable(), cause));
    }

    private void show(UI ui, Throwable thrown, Throwable cause) {
        String message;
        if (cause instanceof AccessDeniedException) {
            log.warn("Access denied to {}: {}", currentUser(), cause.getMessage());
            message = ui.getTranslation("error.access-denied");
        } else if (cause instanceof ConcurrentChangeException concurrent) {
            message = ui.getTranslation("error.changed-by", concurrent.changedBy());
        } else if (cause instanceof OptimisticLockingFailureException) {
            message = ui.getTranslation("error.concurrent-change");
        } else {
            message = ui.getTranslation("error.unexpected", ErrorReference.logUnexpected(thrown));
        }
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof AccessDeniedException || cause instanceof OptimisticLockingFailureException
                    || cause instanceof ConcurrentChangeException) {
                return cause;
            }
            cause = cause.getCause();
        }
        return cause;
    }

    private String currentUser() {
        return authentication.username().orElse("anonymous");
    }
}
