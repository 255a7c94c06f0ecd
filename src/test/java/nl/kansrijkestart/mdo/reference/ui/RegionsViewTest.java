package nl.kansrijkestart.mdo.reference.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;

class RegionsViewTest extends UiTest {

    @Test
    void anAdministratorAddsASubRegion() {
        loginAs("admin");
        UI.getCurrent().navigate(RegionsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-region")));
        _setValue(_get(TextField.class, spec -> spec.withId("region-code")), "zuid");
        _setValue(_get(TextField.class, spec -> spec.withId("region-name")), "Zuid");
        @SuppressWarnings("unchecked")
        ComboBox<RegionSummary> parent = _get(ComboBox.class, spec -> spec.withId("region-parent"));
        com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel(parent, "Gelderland-Midden");
        _click(_get(Button.class, spec -> spec.withId("save-region")));

        _assertNone(RegionDialog.class);
        assertThat(regions()).filteredOn(region -> region.code().equals("ZUID")).singleElement()
                .satisfies(region -> assertThat(region.parentName()).isEqualTo("Gelderland-Midden"));
    }

    @Test
    void aTakenNameAndAMalformedCodeAreShownAtTheirFields() {
        loginAs("admin");
        UI.getCurrent().navigate(RegionsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-region")));
        TextField code = _get(TextField.class, spec -> spec.withId("region-code"));
        TextField name = _get(TextField.class, spec -> spec.withId("region-name"));
        _setValue(code, "fout code!");
        _setValue(name, "Oost");
        _click(_get(Button.class, spec -> spec.withId("save-region")));

        assertThat(code.getErrorMessage()).isEqualTo("Een regiocode bestaat uit 2 tot 30 hoofdletters, cijfers of streepjes.");
        assertThat(name.getErrorMessage()).isEqualTo("Er bestaat al een regio met deze naam.");
        assertThat(code.getValue()).isEqualTo("fout code!");
    }

    @SuppressWarnings("unchecked")
    private static List<RegionSummary> regions() {
        return _findAll((Grid<RegionSummary>) _get(Grid.class, spec -> spec.withId("regions")));
    }
}
