package nl.kansrijkestart.mdo.reference.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.reference.RegionDraft;
import nl.kansrijkestart.mdo.reference.RegionMembershipSummary;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RegionsViewTest extends UiTest {

    @Autowired
    private RegionService regionService;

    @Autowired
    private MunicipalityService municipalityService;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

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

    @Test
    @SuppressWarnings("unchecked")
    void aMunicipalityTakenOutOnTheScreenStaysAMemberOfTheDaysBefore() {
        loginAs("admin");
        LocalDate today = LocalDate.now(clock);
        MunicipalitySummary member = municipalityService.create("GM0982", "Schermdorp");
        RegionSummary created = regionService.create(new RegionDraft("SCHERMPERIODE", "Schermperiode", null,
                Set.of(member.id())));
        try {
            jdbc.update("UPDATE region_municipality SET valid_from = ? WHERE region_id = ?", today.minusDays(30),
                    created.id());
            UI.getCurrent().navigate(RegionsView.class);
            Grid<RegionSummary> grid = _get(Grid.class, spec -> spec.withId("regions"));
            _clickItem(grid, _findAll(grid).stream().map(RegionSummary::code).toList().indexOf("SCHERMPERIODE"));
            MultiSelectComboBox<MunicipalitySummary> members = _get(MultiSelectComboBox.class,
                    spec -> spec.withId("region-municipalities"));
            assertThat(members.getHelperText()).startsWith("Een wijziging geldt vanaf vandaag.");
            _setValue(members, Set.of());
            _click(_get(Button.class, spec -> spec.withId("save-region")));

            _assertNone(RegionDialog.class);
            assertThat(regions()).filteredOn(region -> region.code().equals("SCHERMPERIODE")).singleElement()
                    .satisfies(region -> assertThat(region.directMunicipalities()).isEmpty());
            assertThat(regionService.regionsOn(today.minusDays(1))).filteredOn(r -> r.code().equals("SCHERMPERIODE"))
                    .singleElement().satisfies(region -> assertThat(region.memberships())
                            .containsExactly(new RegionMembershipSummary(member, today.minusDays(30), today)));
        } finally {
            regionService.delete(created.id());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<RegionSummary> regions() {
        return _findAll((Grid<RegionSummary>) _get(Grid.class, spec -> spec.withId("regions")));
    }
}
