package nl.kansrijkestart.mdo.identity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kansrijkestart.mdo.identity.SignInMode;
import nl.kansrijkestart.mdo.identity.internal.ServiceAccountSignInRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in with a local account. After a refused sign-in it says why, where that is safe to say:
 * a disabled or locked account gets its own message, anything else a neutral one. When accounts
 * are Keycloak's, there is no local form: the page sends the browser on to Keycloak's sign-in.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final SignInMode signInMode;

    LoginView(SignInMode signInMode) {
        this.signInMode = signInMode;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(null));
        Paragraph hint = new Paragraph(getTranslation("login.hint"));
        hint.addClassName("form-hint");
        add(new H1(getTranslation("app.title")), form, hint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (signInMode.accountsInKeycloak()) {
            // A browser redirect, not a route: Keycloak's sign-in starts outside the Vaadin UI.
            removeAll();
            event.getUI().getPage().setLocation(SignInMode.KEYCLOAK_SIGN_IN_PATH);
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(texts(refusalReason()));
            form.setError(true);
        }
    }

    private String refusalReason() {
        VaadinSession session = VaadinSession.getCurrent();
        @Nullable WrappedSession http = session == null ? null : session.getSession();
        Object refusal = http == null ? null : http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (refusal instanceof LockedException) {
            return "login.error.locked";
        }
        if (refusal instanceof ServiceAccountSignInRefused) {
            return "login.error.service-account";
        }
        if (refusal instanceof DisabledException) {
            return "login.error.disabled";
        }
        return "login.error.bad-credentials";
    }

    private LoginI18n texts(@Nullable String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(errorKey == null ? "login.error.bad-credentials" : errorKey));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
