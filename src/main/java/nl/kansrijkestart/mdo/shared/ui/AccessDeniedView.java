package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.RefusedByRole;
import org.springframework.context.ApplicationEventPublisher;

/** Shown when a signed-in user opens a page their roles do not allow, for example by URL. */
@AnonymousAllowed
public class AccessDeniedView extends MessagePage implements HasErrorParameter<AccessDeniedException> {

    private final ApplicationEventPublisher events;

    AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The refusal goes to the access log (NEN 7513 wants refused attempts too). */
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        events.publishEvent(new RefusedByRole("/" + event.getLocation().getPath(), AuditAction.READ));
        show("error.access-denied.title", "error.access-denied.text");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
