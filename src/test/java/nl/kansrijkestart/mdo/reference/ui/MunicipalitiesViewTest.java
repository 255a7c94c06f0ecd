package nl.kansrijkestart.mdo.reference.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;

class MunicipalitiesViewTest extends UiTest {

    @Test
    void anInvalidMunicipalityCodeIsRejectedWithTheMessageShown() {
        loginAs("admin");
        UI.getCurrent().navigate(MunicipalitiesView.class);
        MunicipalitiesView view = _get(MunicipalitiesView.class);
        _setValue(view.code, "XX12");
        _setValue(view.name, "Fantasiestad");
        _click(_get(Button.class, spec -> spec.withId("save-municipality")));

        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage())
                .isEqualTo("Een gemeentecode bestaat uit GM en vier cijfers, bijvoorbeeld GM0202.");
        assertThat(view.name.getValue()).isEqualTo("Fantasiestad");
        assertThat(municipalities()).extracting(MunicipalitySummary::name).doesNotContain("Fantasiestad");
    }

    @Test
    void aValidMunicipalityIsAddedToTheList() {
        loginAs("admin");
        UI.getCurrent().navigate(MunicipalitiesView.class);
        MunicipalitiesView view = _get(MunicipalitiesView.class);
        _setValue(view.code, "GM0996");
        _setValue(view.name, "Voorbeeldstad");
        _click(_get(Button.class, spec -> spec.withId("save-municipality")));

        assertThat(view.code.isInvalid()).isFalse();
        assertThat(municipalities()).extracting(MunicipalitySummary::code).contains("GM0996");
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<MunicipalitySummary> municipalities() {
        return _findAll((Grid<MunicipalitySummary>) _get(Grid.class, spec -> spec.withId("municipalities")));
    }
}
