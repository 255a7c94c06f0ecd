package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when opening a page fails unexpectedly: a friendly message and a reference for the log. */
@AnonymousAllowed
public class InternalErrorView extends MessagePage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.logUnexpected(parameter.getCaughtException());
        show("error.unexpected.title", "error.unexpected", reference);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
