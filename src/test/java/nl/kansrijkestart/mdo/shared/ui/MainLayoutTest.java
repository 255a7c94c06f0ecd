package nl.kansrijkestart.mdo.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.kansrijkestart.mdo.identity.ui.UsersView;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainLayoutTest extends UiTest {

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        openAnonymously();
        UI.getCurrent().navigate("beheer/gebruikers");
        assertThat(addressTheBrowserIsSentTo()).hasValue("/login");
        _assertNone(UsersView.class);
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
        "admin;Start|Gebruikers|Organisaties|Gemeenten|Regio's|Instrumenten|Logboek|Sociale kaart",
        "coordinator;Start|Wegwijzer|Indicatoren|Rapportages",
        "voorzitter;Start|Mijn casussen|Mijn overleggen|Mijn acties|Wegwijzer",
        "pop-voorzitter;Start|Mijn casussen|Mijn overleggen|Mijn acties|Wegwijzer",
        "verloskundige;Start|Mijn casussen|Mijn overleggen|Mijn acties|Wegwijzer",
        "wijkteam;Start|Mijn casussen|Mijn overleggen|Mijn acties|Wegwijzer"
    })
    void eachRoleSeesExactlyItsMenuEntries(String username, String expectedEntries) {
        loginAs(username);
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).containsExactlyElementsOf(Arrays.asList(expectedEntries.split("\\|")));
    }

    @ParameterizedTest
    @CsvSource({"verloskundige", "coordinator", "voorzitter"})
    void aRouteOutsideTheUsersRolesIsRefusedWithAnAccessDeniedPage(String username) {
        loginAs(username);
        UI.getCurrent().navigate("beheer/gebruikers");
        _assertNone(UsersView.class);
        _assertOne(AccessDeniedView.class);
    }

    @Test
    void theStartPageExplainsEachOfTheUsersRoles() {
        loginAs("voorzitter");
        UI.getCurrent().navigate("");
        assertThat(_get(HomeView.class).getElement().getTextRecursively())
                .contains("Als voorzitter")
                .contains("Als professional")
                .doesNotContain("Als coördinator");
    }

    @Test
    void theChosenLanguageIsRememberedForTheNextVisit() {
        loginAs("jgz");
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).containsExactly("Start", "Mijn casussen", "Mijn overleggen", "Mijn acties",
                "Wegwijzer");
        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, spec -> spec.withId("language"));
        _setValue(language, Locale.ENGLISH);

        loginAs("jgz");
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).containsExactly("Home", "My cases", "My meetings", "My actions",
                "Wegwijzer");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);

        loginAs("huisarts");
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).as("another user keeps Dutch").containsExactly("Start", "Mijn casussen",
                "Mijn overleggen", "Mijn acties", "Wegwijzer");
    }

    @Test
    void everyPageStartsWithALinkToSkipTheMenuInTheUsersLanguage() {
        loginAs("gemeente");
        UI.getCurrent().navigate("");
        MainLayout layout = _get(MainLayout.class);
        Anchor skip = _get(Anchor.class, spec -> spec.withId("skip-to-content"));
        assertThat(layout.getElement().getChildren().filter(child -> "navbar".equals(child.getAttribute("slot")))
                .findFirst()).as("the first element of the navbar, before the menu toggle").contains(skip.getElement());
        assertThat(skip.getText()).isEqualTo("Naar de inhoud");
    }

    private static List<String> menuLabels() {
        return _get(SideNav.class, spec -> spec.withId("main-menu")).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
