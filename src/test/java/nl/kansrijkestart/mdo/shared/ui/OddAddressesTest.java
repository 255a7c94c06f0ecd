package nl.kansrijkestart.mdo.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An address that leads nowhere (mistyped, an id that is no number, a record that does not exist or
 * is not the user's) shows the Dutch "Niet gevonden" page with the way back, never the unexpected
 * error page or an empty one.
 */
class OddAddressesTest extends UiTest {

    @ParameterizedTest
    @ValueSource(strings = {"bestaat-niet", "overleggen/abc", "overleggen/0x1", "overleggen/-1",
        "overleggen/999999999", "overleggen/99999999999999999999", "casussen/bestaat-niet", "casussen/KS-0000-0000",
        "overleggen/casus/KS-0000-0000", "overleggen/aanmelden/KS-0000-0000", "beheer/bestaat-niet",
        "casussen/nieuw/extra", "overleggen/1/extra", "overleggen/%D9%A1"})
    void aSignedInProfessionalOpeningAnAddressThatLeadsNowhereSeesNietGevonden(String address) {
        loginAs("verloskundige");
        UI.getCurrent().navigate(address);
        _assertNone(InternalErrorView.class);
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively())
                .contains("Niet gevonden").contains("Naar de startpagina");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bestaat-niet", "overleggen/abc", "beheer/bestaat-niet"})
    void aCoordinatorOpeningAnAddressThatLeadsNowhereSeesNietGevonden(String address) {
        loginAs("coordinator");
        UI.getCurrent().navigate(address);
        _assertNone(InternalErrorView.class);
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively()).contains("Niet gevonden");
    }

    @Test
    void anAnonymousVisitorAtAnUnknownAddressIsAskedToSignIn() {
        openAnonymously();
        UI.getCurrent().navigate("bestaat-niet");
        assertThat(addressTheBrowserIsSentTo()).hasValue("/login");
        _assertNone(NotFoundView.class);
    }
}
