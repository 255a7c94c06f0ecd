package nl.kansrijkestart.mdo.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import nl.kansrijkestart.mdo.identity.internal.ServiceAccountSignInRefused;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends UiTest {

    @Test
    void theLoginPageIsDutch() {
        openAnonymously();
        UI.getCurrent().navigate(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        assertThat(texts(form)).contains("\"username\":\"Gebruikersnaam\"");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void aLockedAccountIsToldToAskTheAdministrator() {
        assertThat(messageAfterRefusal(new LockedException("locked"))).contains("geblokkeerd");
    }

    @Test
    void aDisabledAccountIsToldSo() {
        assertThat(messageAfterRefusal(new DisabledException("disabled"))).contains("uitgeschakeld");
    }

    @Test
    void aServiceAccountIsToldItMayOnlyUseTheApi() {
        assertThat(messageAfterRefusal(new ServiceAccountSignInRefused("indicator-feed")))
                .contains("serviceaccount").contains("alleen de API");
    }

    @Test
    void aWrongPasswordGetsANeutralMessage() {
        assertThat(messageAfterRefusal(new BadCredentialsException("bad")))
                .contains("De gebruikersnaam of het wachtwoord is onjuist. "
                        + "Na vijf mislukte pogingen wordt het account geblokkeerd.");
    }

    private String messageAfterRefusal(Exception refusal) {
        openAnonymously();
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, refusal);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        return texts(form);
    }

    /** The texts the login form shows, as the JSON the browser receives. */
    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
