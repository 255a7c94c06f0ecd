package nl.kansrijkestart.mdo.cases.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.ConsentForm;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The screens refuse the dates the API refuses, with the same Dutch message next to the field: a
 * consent valid for centuries, a due date in the year 9999. Nothing is stored.
 */
class DateBoundsScreensTest extends UiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aConsentValidUntilTheYear9999IsRefusedNextToTheFieldAndNoCaseIsStored() {
        long before = cases();
        NewCaseView form = filledIn("D.B.", LocalDate.now().plusMonths(5));
        _setValue(form.consent.validUntil, LocalDate.of(9999, 12, 31));
        _click(_get(Button.class, spec -> spec.withId("register-case")));

        _assertOne(NewCaseView.class);
        assertThat(form.consent.validUntil.getErrorMessage()).isEqualTo(
                "Een toestemming geldt hoogstens 20 jaar vooruit; kies een eerdere einddatum of laat het veld leeg.");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aDueDateInTheYear9999IsRefusedNextToTheField() {
        long before = cases();
        NewCaseView form = filledIn("D.C.", LocalDate.of(9999, 12, 31));
        _click(_get(Button.class, spec -> spec.withId("register-case")));

        _assertOne(NewCaseView.class);
        assertThat(form.fields.expectedDueDate.getErrorMessage()).startsWith("De uitgerekende datum ligt binnen tien maanden");
        assertThat(cases()).isEqualTo(before);
    }

    private NewCaseView filledIn(String initials, LocalDate due) {
        loginAs("verloskundige");
        UI.getCurrent().navigate(NewCaseView.class);
        NewCaseView form = _get(NewCaseView.class);
        _setValue(form.fields.initials, initials);
        _setValue(form.fields.parentBirthYear, LocalDate.now().getYear() - 27);
        _setValue(form.fields.expectedDueDate, due);
        selectByLabel(form.fields.municipality, "Arnhem (GM0202)");
        _setValue(form.fields.question, "Welke steun past bij deze zwangerschap?");
        form.consent.form.setValue(ConsentForm.VERBAL);
        form.consent.disciplines.setValue(Set.of(Discipline.MIDWIFE));
        return form;
    }

    private long cases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
    }
}
