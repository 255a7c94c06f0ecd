package nl.kansrijkestart.mdo.offer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The wegwijzer per municipality: for professionals in its own screen, for the administrator on the sociale kaart. */
class WegwijzerViewTest extends UiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aProfessionalChoosesAMunicipalityAndDownloadsItsWegwijzer() {
        loginAs("wijkteam");
        UI.getCurrent().navigate(WegwijzerView.class);
        WegwijzerDownload choice = _get(WegwijzerDownload.class);
        assertThat(choice.download.isVisible()).isFalse();
        int before = exports("wijkteam");

        choice.municipality.setValue(choice.municipality.getListDataView().getItems()
                .filter(m -> m.code().equals("GM0202")).findFirst().orElseThrow());

        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("wegwijzer-pdf")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(exports("wijkteam")).isEqualTo(before + 1);
    }

    @Test
    void theAdministratorChecksTheWegwijzerOnTheSocialeKaart() {
        loginAs("admin");
        UI.getCurrent().navigate(LocalOfferView.class);
        WegwijzerDownload choice = _get(WegwijzerDownload.class);

        choice.municipality.setValue(choice.municipality.getListDataView().getItems()
                .filter(m -> m.code().equals("GM0228")).findFirst().orElseThrow());

        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("wegwijzer-pdf")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private int exports(String user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object = 'wegwijzer' AND action = 'EXPORT'"
                + " AND username = ?", Integer.class, user);
    }
}
