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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.kansrijkestart.mdo.identity.AccountTemporarilyLockedException;
import nl.kansrijkestart.mdo.identity.SignInMode;
import nl.kansrijkestart.mdo.identity.SignInThrottledException;
import nl.kansrijkestart.mdo.identity.internal.LockingWrongPassword;
import nl.kansrijkestart.mdo.identity.internal.ServiceAccountSignInRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in with a local account. After a refused sign-in it says why, where that is safe to say:
 * a disabled or locked account gets its own message (a temporary lock with the time it ends), a
 * throttled address how long to wait, anything else a neutral one. When accounts
 * are Keycloak's, there is no local form: the page sends the browser on to Keycloak's sign-in.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LoginForm form = new LoginForm();
    private final SignInMode signInMode;
    private final Clock clock;

    LoginView(SignInMode signInMode, Clock clock) {
        this.signInMode = signInMode;
        this.clock = clock;
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

    /** Why the last sign-in was refused, as far as that is safe to say. */
    private String refusalReason() {
        VaadinSession session = VaadinSession.getCurrent();
        @Nullable WrappedSession http = session == null ? null : session.getSession();
        Object refusal = http == null ? null : http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return switch (refusal) {
            case SignInThrottledException throttled ->
                    getTranslation("login.error.throttled", minutes(throttled.retryAfter()));
            case AccountTemporarilyLockedException locked -> getTranslation("login.error.locked-until", at(locked.until()));
            case LockingWrongPassword locking when locking.until() != null ->
                    getTranslation("login.error.locked-until", at(locking.until()));
            case LockedException locked -> getTranslation("login.error.locked");
            case ServiceAccountSignInRefused service -> getTranslation("login.error.service-account");
            case DisabledException disabled -> getTranslation("login.error.disabled");
            case null, default -> getTranslation("login.error.bad-credentials");
        };
    }

    private String at(Instant until) {
        return TIME.format(until.atZone(clock.getZone()));
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private LoginI18n texts(@Nullable String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(errorMessage == null ? getTranslation("login.error.bad-credentials") : errorMessage);
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
