package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.shared.UserProfiles;
import nl.kansrijkestart.mdo.shared.i18n.Languages;

/**
 * The frame around every page: the menu (only the entries the user's roles allow, as Vaadin
 * filters menu entries by each view's access annotation), who is signed in, language and logout.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private static final String CONTENT_ID = "content";

    private final AuthenticationContext authentication;
    private final CurrentAuthentication signedIn;
    private final UserProfiles profiles;

    MainLayout(AuthenticationContext authentication, CurrentAuthentication signedIn, UserProfiles profiles) {
        this.authentication = authentication;
        this.signedIn = signedIn;
        this.profiles = profiles;
        setPrimarySection(Section.DRAWER);
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");
        addToNavbar(skipLink(), new DrawerToggle(), title);
        Span drawerTitle = new Span(getTranslation("app.title.short"));
        drawerTitle.addClassName("drawer-title");
        addToDrawer(drawerTitle, menu(), userPanel());
    }

    /**
     * "Naar de inhoud": the first stop of the Tab key on every page (WCAG 2.4.1), hidden until it
     * has the focus, so keyboard users need not pass the menu on every page. It moves the focus
     * to the page's content, which is the layout's only child outside its navbar and drawer slots.
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + CONTENT_ID, getTranslation("action.skip-to-content"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const content = document.querySelector('vaadin-app-layout > :not([slot])');
                  if (content) {
                    content.setAttribute('tabindex', '-1');
                    content.focus();
                  }
                });""");
        return skip;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(icon.length == 2 ? new Icon(icon[0], icon[1]) : new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userPanel() {
        VerticalLayout panel = new VerticalLayout();
        panel.addClassName("user-panel");
        panel.setPadding(true);
        signedIn.username().ifPresent(username -> {
            profiles.profileOf(username).ifPresent(profile -> {
                Span name = new Span(profile.displayName());
                name.setId("current-user");
                Span detail = new Span(getTranslation(profile.disciplineKey()) + " · " + profile.organisation());
                detail.addClassName("user-detail");
                panel.add(name, detail);
            });
            panel.add(languageSelect(username));
            Button logout = new Button(getTranslation("action.logout"), click -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            panel.add(logout);
        });
        return panel;
    }

    private Select<Locale> languageSelect(String username) {
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setLabel(getTranslation("language.label"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(Languages.supportedOrDefault(getLocale()));
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                profiles.rememberLocale(username, change.getValue());
                UI ui = UI.getCurrent();
                ui.getSession().setLocale(change.getValue());
                ui.setLocale(change.getValue());
                ui.getPage().reload();
            }
        });
        return language;
    }
}
