package nl.kansrijkestart.mdo.identity.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.kansrijkestart.mdo.identity.OrganisationSummary;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;

class OrganisationsViewTest extends UiTest {

    @Test
    void anAdministratorAddsAnOrganisationOnce() {
        loginAs("admin");
        UI.getCurrent().navigate(OrganisationsView.class);
        TextField name = _get(TextField.class, spec -> spec.withId("organisation-name"));
        _setValue(name, "Verloskundigenpraktijk Het Begin");
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));
        assertThat(organisations()).extracting(OrganisationSummary::name).contains("Verloskundigenpraktijk Het Begin");

        _setValue(name, "verloskundigenpraktijk het begin");
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));
        assertThat(name.getErrorMessage()).isEqualTo("Er bestaat al een organisatie met deze naam.");
        assertThat(organisations()).extracting(OrganisationSummary::name)
                .filteredOn(n -> n.equalsIgnoreCase("Verloskundigenpraktijk Het Begin")).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static List<OrganisationSummary> organisations() {
        return _findAll((Grid<OrganisationSummary>) _get(Grid.class, spec -> spec.withId("organisations")));
    }
}
