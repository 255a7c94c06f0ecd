package nl.kansrijkestart.mdo.reference.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import nl.kansrijkestart.mdo.reference.DomainValueType;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.InstrumentDraft;
import nl.kansrijkestart.mdo.reference.InstrumentSummary;
import nl.kansrijkestart.mdo.reference.ScoreRange;
import nl.kansrijkestart.mdo.shared.ui.AccessDeniedView;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InstrumentsViewTest extends UiTest {

    @Autowired
    private InstrumentCatalogue catalogue;

    @Test
    void theListShowsWhetherEachInstrumentIsValidatedWithItsVersionsAndDomains() {
        loginAs("admin");
        UI.getCurrent().navigate(InstrumentsView.class);
        assertThat(_getFormattedRow(grid(), instrument("R4U"))).startsWith("R4U", "R4U (Ready for You)", "Ja", "2")
                .anySatisfy(cell -> assertThat(cell).startsWith("Gezinssituatie, Werk en inkomen"));
        assertThat(_getFormattedRow(grid(), instrument("GM-SIGNALERING")))
                .contains("Signaleringslijst Gelderland-Midden (voorbeeld)", "Nee");
    }

    @Test
    void anAdministratorAddsAnInstrumentToTheList() {
        loginAs("admin");
        UI.getCurrent().navigate(InstrumentsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-instrument")));
        InstrumentDialog dialog = _get(InstrumentDialog.class);
        _setValue(dialog.code, "eigen-lijst");
        _setValue(dialog.name, "Eigen lijst Arnhem");
        _click(_get(Button.class, spec -> spec.withId("save-instrument")));

        _assertNone(InstrumentDialog.class);
        assertThat(instruments()).filteredOn(i -> i.code().equals("EIGEN-LIJST")).singleElement()
                .satisfies(instrument -> {
                    assertThat(instrument.name()).isEqualTo("Eigen lijst Arnhem");
                    assertThat(instrument.validated()).isFalse();
                    assertThat(instrument.versions()).isEmpty();
                });
    }

    @Test
    void aTakenInstrumentCodeIsShownAtItsFieldAndWhatWasTypedStays() {
        loginAs("admin");
        UI.getCurrent().navigate(InstrumentsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-instrument")));
        InstrumentDialog dialog = _get(InstrumentDialog.class);
        _setValue(dialog.code, "R4U");
        _setValue(dialog.name, "Nog een R4U");
        _click(_get(Button.class, spec -> spec.withId("save-instrument")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.code.getErrorMessage()).isEqualTo("De instrumentcode R4U bestaat al.");
        assertThat(dialog.name.getValue()).isEqualTo("Nog een R4U");
    }

    @Test
    void aScoreRangeWhoseMaximumIsBelowItsMinimumIsShownAtTheMaximumUntilCorrected() {
        loginAs("admin");
        catalogue.createInstrument(new InstrumentDraft("TEST-BEREIK", "Bereiktest", false, null));
        UI.getCurrent().navigate(InstrumentsView.class);
        InstrumentVersionDialog dialog = openVersionDialogOf("TEST-BEREIK");
        _setValue(dialog.label, "2");
        DomainRow row = dialog.rows.getFirst();
        _setValue(row.code, "stress");
        _setValue(row.name, "Ervaren stress");
        row.type.setValue(DomainValueType.SCORE);
        _setValue(row.min, 10);
        _setValue(row.max, 0);
        _click(_get(Button.class, spec -> spec.withId("save-version")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(row.max.isInvalid()).isTrue();
        assertThat(row.max.getErrorMessage()).isEqualTo("Het maximum mag niet kleiner zijn dan het minimum.");
        assertThat(row.min.getValue()).isEqualTo(10);
        assertThat(row.name.getValue()).isEqualTo("Ervaren stress");

        _setValue(row.max, 100);
        _click(_get(Button.class, spec -> spec.withId("save-version")));
        _assertNone(InstrumentVersionDialog.class);
        assertThat(instrument("TEST-BEREIK").versions()).singleElement().satisfies(version -> {
            assertThat(version.label()).isEqualTo("2");
            assertThat(version.domains()).singleElement()
                    .satisfies(domain -> assertThat(domain.range()).isEqualTo(new ScoreRange(10, 100)));
        });
    }

    @Test
    void everyRowOfANewVersionReportsItsOwnProblems() {
        loginAs("admin");
        UI.getCurrent().navigate(InstrumentsView.class);
        InstrumentVersionDialog dialog = openVersionDialogOf("GIZ");
        _setValue(dialog.label, "1");
        DomainRow first = dialog.rows.getFirst();
        _setValue(first.code, "ONTWIKKELING");
        _setValue(first.name, "Ontwikkeling");
        _click(_get(Button.class, spec -> spec.withId("add-domain")));
        DomainRow second = dialog.rows.get(1);
        _setValue(second.code, "ontwikkeling");
        _click(_get(Button.class, spec -> spec.withId("save-version")));

        assertThat(dialog.label.getErrorMessage()).isEqualTo("Dit instrument heeft al een versie 1.");
        assertThat(first.code.isInvalid()).isFalse();
        assertThat(second.code.getErrorMessage())
                .isEqualTo("De domeincode ONTWIKKELING komt al eerder voor in deze versie.");
        assertThat(second.name.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
    }

    @Test
    void onlyAnAdministratorOpensTheCatalogueScreen() {
        loginAs("verloskundige");
        UI.getCurrent().navigate("beheer/instrumenten");
        _assertNone(InstrumentsView.class);
        _assertOne(AccessDeniedView.class);
    }

    private InstrumentVersionDialog openVersionDialogOf(String code) {
        List<InstrumentSummary> instruments = instruments();
        int row = instruments.indexOf(instrument(code));
        _click((Button) _getCellComponent(grid(), row, InstrumentsView.ACTIONS));
        return _get(InstrumentVersionDialog.class);
    }

    private static InstrumentSummary instrument(String code) {
        return instruments().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<InstrumentSummary> instruments() {
        return _findAll(grid());
    }

    @SuppressWarnings("unchecked")
    private static Grid<InstrumentSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("instruments"));
    }
}
