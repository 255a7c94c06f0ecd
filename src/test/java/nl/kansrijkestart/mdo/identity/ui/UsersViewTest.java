package nl.kansrijkestart.mdo.identity.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.identity.UserSummary;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class UsersViewTest extends UiTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void anAdministratorCreatesAUserWhoCanThenSignIn() throws Exception {
        loginAs("admin");
        UI.getCurrent().navigate(UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        UserDialog dialog = _get(UserDialog.class);
        _setValue(dialog.username, "nieuwe.verloskundige");
        _setValue(dialog.displayName, "Nina Nieuw");
        dialog.roles.setValue(Set.of(Role.PROFESSIONAL));
        dialog.discipline.setValue(Discipline.MIDWIFE);
        selectByLabel(dialog.organisation, "Verloskundigenpraktijk De Wieg (demo)");
        _setValue(dialog.password, "welkom-bij-het-mdo");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        _assertNone(UserDialog.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(_findAll(grid)).extracting(UserSummary::username).contains("nieuwe.verloskundige");

        mvc.perform(formLogin("/login").user("nieuwe.verloskundige").password("welkom-bij-het-mdo"))
                .andExpect(authenticated().withRoles("PROFESSIONAL"));
    }

    @Test
    void theScreeningPlatformRoleIsNeverOfferedForAPersonsAccount() {
        loginAs("admin");
        UI.getCurrent().navigate(UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        UserDialog dialog = _get(UserDialog.class);
        assertThat(dialog.roles.getListDataView().getItems())
                .containsExactly(Role.PROFESSIONAL, Role.CHAIR, Role.COORDINATOR, Role.ADMIN);
    }

    @Test
    void anAdministratorLimitsANewCoordinatorToTheMunicipalitiesOfARegion() {
        loginAs("admin");
        UI.getCurrent().navigate(UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        UserDialog dialog = _get(UserDialog.class);
        assertThat(dialog.scope.isVisible()).isFalse();
        _setValue(dialog.username, "coordinator.gv");
        _setValue(dialog.displayName, "Gea Vallei");
        dialog.roles.setValue(Set.of(Role.COORDINATOR));
        assertThat(dialog.scope.isVisible()).isTrue();
        dialog.discipline.setValue(Discipline.MUNICIPALITY);
        selectByLabel(dialog.organisation, "Regio Gelderland-Midden (demo)");
        selectByLabel(dialog.addRegion, "Gelderse Vallei");
        _setValue(dialog.password, "welkom-bij-het-mdo");

        assertThat(dialog.scope.getValue()).extracting(MunicipalitySummary::code)
                .containsExactlyInAnyOrder("GM0203", "GM0228", "GM0267", "GM0279", "GM0289");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        _assertNone(UserDialog.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(_findAll(grid)).filteredOn(user -> user.username().equals("coordinator.gv"))
                .singleElement().extracting(UserSummary::municipalityScope)
                .isEqualTo(Set.of("GM0203", "GM0228", "GM0267", "GM0279", "GM0289"));
    }

    @Test
    void aRefusedFormShowsWhyNextToTheFieldsAndKeepsWhatWasTyped() {
        loginAs("admin");
        UI.getCurrent().navigate(UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        UserDialog dialog = _get(UserDialog.class);
        _setValue(dialog.username, "Verloskundige");
        _setValue(dialog.displayName, "Dubbel");
        _setValue(dialog.password, "kort");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(dialog.isOpened()).isTrue();
        TextField username = dialog.username;
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("De gebruikersnaam verloskundige is al in gebruik.");
        PasswordField password = dialog.password;
        assertThat(password.getErrorMessage()).isEqualTo("Het wachtwoord moet minstens 12 tekens lang zijn.");
        assertThat(dialog.roles.getErrorMessage()).isEqualTo("Kies minstens één rol.");
        assertThat(dialog.displayName.getValue()).isEqualTo("Dubbel");
        assertThat(username.getValue()).isEqualTo("Verloskundige");
    }

    @Test
    void theListFiltersByName() {
        loginAs("admin");
        UI.getCurrent().navigate(UsersView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("user-filter")), "visser");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(_findAll(grid)).extracting(UserSummary::username).containsExactly("psychiater");
    }
}
