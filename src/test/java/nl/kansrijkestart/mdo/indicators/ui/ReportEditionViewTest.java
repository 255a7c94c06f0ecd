package nl.kansrijkestart.mdo.indicators.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator's report screens: making an edition, commenting, publishing and the PDF; a refused
 * history file listed line by line. Editions for 2088 (no other test counts in it).
 */
class ReportEditionViewTest extends UiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aCoordinatorMakesAnEditionCommentsPublishesAndDownloadsThePdf() {
        loginAs("coordinator");
        UI.getCurrent().navigate(ReportEditionsView.class);
        ReportEditionsView list = _get(ReportEditionsView.class);
        _setValue(list.area, list.area.getListDataView().getItems()
                .filter(area -> area.getKey().equals("GELDERLAND-MIDDEN")).findFirst().orElseThrow());
        _setValue(list.from, 2088);
        _setValue(list.to, 2088);
        _click(_get(Button.class, spec -> spec.withId("report-create")));

        ReportEditionView edition = _get(ReportEditionView.class);
        assertThat(edition.edition().areaName()).isEqualTo("Gelderland-Midden");
        assertThat(edition.getElement().getTextRecursively()).contains("Samenvatting",
                "Indicator 7: besproken casussen in MDO en POP-overleg", "telt één keer per jaar");
        _setValue(_get(TextArea.class, spec -> spec.withId("report-commentary-7")), "Meer besprekingen in 2088.");
        _click(_get(Button.class, spec -> spec.withId("report-commentary-save-7")));
        _click(_get(Button.class, spec -> spec.withId("report-publish")));

        ReportEditionView published = _get(ReportEditionView.class);
        assertThat(published.edition().published()).isTrue();
        assertThat(published.getElement().getTextRecursively()).contains("Meer besprekingen in 2088.");
        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("report-pdf")));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aRefusedHistoryFileIsListedLineByLineAndNothingIsStored() {
        loginAs("coordinator");
        UI.getCurrent().navigate(ReportEditionsView.class);
        HistoryPanel panel = _get(HistoryPanel.class);
        panel.receive("indicator,code,year,measure,value\n7,GM0202,1956,cases,12\n7,GM0202,1956,cases,zes\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        _setValue(panel.fileSource, "Bron 1956");

        panel.importFile();

        assertThat(panel.refusals.getElement().getTextRecursively())
                .isEqualTo("Regel 3: \"zes\" is geen getal van 0 of meer.");
        assertThat(panel.result.getText()).startsWith("Het bestand is niet ingelezen");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM imported_figure WHERE source = 'Bron 1956'",
                Integer.class)).isZero();
    }
}
