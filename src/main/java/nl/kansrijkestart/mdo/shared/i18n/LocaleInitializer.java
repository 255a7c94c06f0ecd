package nl.kansrijkestart.mdo.shared.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.shared.UserProfiles;
import nl.kansrijkestart.mdo.shared.UserProfiles.UserProfile;
import org.springframework.stereotype.Component;

/**
 * Opens every page in the language the signed-in user chose, Dutch for everyone else, whatever
 * the browser asks for: the product is Dutch first. The page declares that language in
 * {@code <html lang>} (WCAG 3.1.1), so that screen readers pronounce it right: in the page as
 * served, and again when the UI starts (a change of language reloads the page).
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final UserProfiles profiles;
    private final CurrentAuthentication authentication;

    LocaleInitializer(UserProfiles profiles, CurrentAuthentication authentication) {
        this.profiles = profiles;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", currentUsersLocale().getLanguage()));
    }

    private void apply(UI ui) {
        Locale locale = currentUsersLocale();
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(locale);
        }
    }

    private Locale currentUsersLocale() {
        return authentication.username().flatMap(profiles::profileOf)
                .map(UserProfile::locale)
                .map(Languages::supportedOrDefault)
                .orElse(Languages.DUTCH);
    }
}
