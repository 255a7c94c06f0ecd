package nl.kansrijkestart.mdo.identity.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.identity.WorkContact;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application manager enters the work phone a case's wegwijzer prints for the contact person. */
class WorkPhoneScreenTest extends UiTest {

    @Autowired
    private CurrentUserService users;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anAdministratorEntersAWorkPhoneAndAWrongOneIsRefusedNextToTheField() {
        loginAs("admin");
        UI.getCurrent().navigate(UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        UserDialog dialog = _get(UserDialog.class);
        _setValue(dialog.username, "telefoon.verloskundige");
        _setValue(dialog.displayName, "Tess Telefoon");
        dialog.roles.setValue(Set.of(Role.PROFESSIONAL));
        dialog.discipline.setValue(Discipline.MIDWIFE);
        selectByLabel(dialog.organisation, "Verloskundigenpraktijk De Wieg (demo)");
        _setValue(dialog.password, "welkom-bij-het-mdo");
        _setValue(dialog.workPhone, "bel me maar");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(dialog.workPhone.isInvalid()).isTrue();
        assertThat(dialog.workPhone.getErrorMessage())
                .isEqualTo("Een telefoonnummer bestaat uit cijfers, spaties, +, - en haakjes.");

        _setValue(dialog.workPhone, " 026 123 45 67 ");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        _assertNone(UserDialog.class);
        long id = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'telefoon.verloskundige'",
                Long.class);
        assertThat(users.workContact(id)).get().extracting(WorkContact::workPhone).isEqualTo("026 123 45 67");
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_entry WHERE object = 'user' AND detail LIKE"
                + " 'account telefoon.verloskundige:%' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", String.class))
                .contains("workPhone=026 123 45 67");
    }

    @Test
    void theDemoContactPersonsHaveInventedWorkPhones() {
        long midwife = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'verloskundige'", Long.class);

        assertThat(users.workContact(midwife)).get().extracting(WorkContact::workPhone).isEqualTo("026 000 4103");
    }
}
