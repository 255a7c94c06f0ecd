package nl.kansrijkestart.mdo.offer.ui;

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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.kansrijkestart.mdo.offer.OfferKind;
import nl.kansrijkestart.mdo.offer.OfferPhase;
import nl.kansrijkestart.mdo.offer.OfferSummary;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;

class LocalOfferViewTest extends UiTest {

    @Test
    void theAdministratorSeesTheShippedOfferMarkedAsExample() {
        loginAs("admin");
        UI.getCurrent().navigate(LocalOfferView.class);

        assertThat(offers()).filteredOn(offer -> offer.code().equals("STEVIG-OUDERSCHAP")).singleElement()
                .satisfies(offer -> {
                    assertThat(offer.demo()).isTrue();
                    assertThat(offer.availability()).hasSize(15);
                });
    }

    @Test
    void theAdministratorAddsAServiceForAllMunicipalities() {
        loginAs("admin");
        UI.getCurrent().navigate(LocalOfferView.class);
        _click(_get(Button.class, spec -> spec.withId("new-offer")));
        _setValue(_get(TextField.class, spec -> spec.withId("offer-code")), "babycafe-regio");
        _setValue(_get(TextField.class, spec -> spec.withId("offer-name")), "Babycafé in de regio");
        select("offer-kind", OfferKind.PARENT_GROUP);
        _setValue(_get(TextField.class, spec -> spec.withId("offer-provider")), "CJG Regio");
        select("offer-phase", OfferPhase.AFTER_BIRTH);
        _setValue(_get(TextArea.class, spec -> spec.withId("offer-description")), "Koffie en vragen over uw baby.");
        _click(_get(Button.class, spec -> spec.withId("offer-availability-add-all")));
        _click(_get(Button.class, spec -> spec.withId("save-offer")));

        _assertNone(OfferDialog.class);
        assertThat(offers()).filteredOn(offer -> offer.code().equals("BABYCAFE-REGIO")).singleElement()
                .satisfies(offer -> assertThat(offer.availability()).hasSizeGreaterThanOrEqualTo(15));
    }

    @Test
    void aMissingNameAndAMalformedWebsiteAreShownAtTheirFields() {
        loginAs("admin");
        UI.getCurrent().navigate(LocalOfferView.class);
        _click(_get(Button.class, spec -> spec.withId("new-offer")));
        TextField website = _get(TextField.class, spec -> spec.withId("offer-website"));
        _setValue(website, "www.zonder-schema.nl");
        _click(_get(Button.class, spec -> spec.withId("save-offer")));

        assertThat(website.getErrorMessage()).isEqualTo("Een website begint met https:// of http://.");
        assertThat(_get(TextField.class, spec -> spec.withId("offer-name")).getErrorMessage())
                .isEqualTo("Dit veld is verplicht.");
    }

    @SuppressWarnings("unchecked")
    private static <T> void select(String id, T value) {
        ((ComboBox<T>) _get(ComboBox.class, spec -> spec.withId(id))).setValue(value);
    }

    @SuppressWarnings("unchecked")
    private static List<OfferSummary> offers() {
        return _findAll((Grid<OfferSummary>) _get(Grid.class, spec -> spec.withId("offers")));
    }
}
