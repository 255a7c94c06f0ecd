package nl.kansrijkestart.mdo.identity.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.identity.UserAdminService;
import nl.kansrijkestart.mdo.identity.UserDraft;
import nl.kansrijkestart.mdo.identity.UserSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When accounts are Keycloak's, the application manager can only disable and enable them here;
 * roles, discipline, organisation and passwords would be overwritten at the next sign-in.
 */
@TestPropertySource(properties = "mdo.security.sign-in=keycloak")
class AccountsInKeycloakTest extends UiTest {

    @Autowired
    private UserAdminService users;

    @Autowired
    private MockMvc mvc;

    @Test
    void theLoginPageOffersNoPasswordFormButSendsTheBrowserToKeycloak() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/oauth2/authorization/keycloak"));
    }

    @Test
    void theUserScreenSaysAccountsAreKeptInKeycloakAndOffersNoNewAccount() {
        loginAs("admin");
        UI.getCurrent().navigate(UsersView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("accounts-in-keycloak")).getText())
                .contains("beheerd in Keycloak");
        _assertNone(Button.class, spec -> spec.withId("new-user"));
    }

    @Test
    void anAccountOpensReadOnlyWithOnlyDisableOrEnable() {
        loginAs("admin");
        UI.getCurrent().navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));
        int row = _findAll(grid).stream().map(UserSummary::username).toList().indexOf("wijkteam");
        _clickItem(grid, row);

        UserDialog dialog = _get(UserDialog.class);
        assertThat(dialog.displayName.isReadOnly()).isTrue();
        assertThat(dialog.roles.isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("save-user"));
        _assertNone(Button.class, spec -> spec.withId("reset-password"));
        _click(_get(Button.class, spec -> spec.withId("toggle-enabled")));
        assertThat(users.findUsers("wijkteam", Pageable.unpaged()).getFirst().enabled()).isFalse();
        UserSummary disabled = users.findUsers("wijkteam", Pageable.unpaged()).getFirst();
        users.setEnabled(disabled.id(), disabled.version(), true);
    }

    @Test
    void theServiceRefusesToCreateChangeUnlockOrResetAccountsThatKeycloakKeeps() {
        loginAs("admin");
        UserSummary jgz = users.findUsers("jgz", Pageable.unpaged()).getFirst();
        UserDraft draft = new UserDraft("nieuw.lokaal", "Nieuw Lokaal", Set.of(Role.PROFESSIONAL), Discipline.JGZ,
                jgz.organisationId());

        assertThatThrownBy(() -> users.createUser(draft, "een-lang-wachtwoord"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refused -> assertThat(((InvalidInputException) refused).problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("user.managed-in-keycloak"));
        assertThatThrownBy(() -> users.updateUser(jgz.id(), jgz.version(), draft))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.resetPassword(jgz.id(), jgz.version(), "een-lang-wachtwoord"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.unlock(jgz.id(), jgz.version())).isInstanceOf(InvalidInputException.class);
        assertThat(users.findUsers("nieuw.lokaal", Pageable.unpaged())).isEmpty();
    }
}
