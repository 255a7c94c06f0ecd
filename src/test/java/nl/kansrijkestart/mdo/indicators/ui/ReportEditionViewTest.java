package nl.kansrijkestart.mdo.indicators.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.report.EditionSummary;
import nl.kansrijkestart.mdo.indicators.report.ReportService;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator's report screens: making an edition, commenting, publishing and the PDF; a refused
 * history file listed line by line; comparing two editions; correcting and removing an imported
 * figure; a figure of indicator 8 in the form. Editions for 2088, 1935 and 1976–1977, imported
 * figures of 1934 and 1977 (no other test uses them).
 */
class ReportEditionViewTest extends UiTest {

    private static final java.util.Locale DUTCH = java.util.Locale.forLanguageTag("nl");

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ReportService reports;

    @Autowired
    private HistoryService history;

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
        assertThat(edition.getElement().getTextRecursively()).contains(
                "Indicator 8: gestarte ondersteuning voor en na de geboorte");
        assertThat(_find(com.vaadin.flow.component.Html.class)).as("a bar chart per chapter")
                .hasSizeGreaterThanOrEqualTo(edition.edition().chapters().size());
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

    @Test
    void aCoordinatorComparesAnEditionWithAnyOtherOfTheSameArea() {
        loginAs("coordinator");
        long earlier = reports.create("GM0289", 1976, 1976);
        reports.publish(earlier, reports.open(earlier, DUTCH).version(), DUTCH);
        long later = reports.create("GM0289", 1976, 1977);
        reports.create("GM0202", 1976, 1976);
        UI.getCurrent().navigate("indicatoren/rapportages/" + later);
        ReportEditionView view = _get(ReportEditionView.class);

        EditionSummary other = view.compare.getListDataView().getItems().filter(item -> item.id() == earlier)
                .findFirst().orElseThrow();
        assertThat(view.compare.getListDataView().getItems()).allMatch(item -> item.areaCode().equals("GM0289"));
        view.compareWith(other);

        assertThat(view.edition().comparedWith().id()).isEqualTo(earlier);
        assertThat(view.edition().isChanged("7", "PREGNANCY/POP", 1977)).isTrue();
        assertThat(view.getElement().getTextRecursively())
                .contains("Gewijzigd ten opzichte van editie " + other.number() + " (1976–1976).");
    }

    @Test
    void theFormTakesAFigureOfIndicatorEightAndItsChapterShowsItWithItsSource() {
        loginAs("coordinator");
        jdbc.update("DELETE FROM imported_figure WHERE period_year = 1934");
        UI.getCurrent().navigate(ReportEditionsView.class);
        HistoryPanel panel = _get(HistoryPanel.class);

        assertThat(panel.indicator.getListDataView().getItems()).containsExactly("6", "7", "8", "10", "12");
        _setValue(panel.indicator, "8");
        assertThat(panel.measure.getListDataView().getItems()).contains("VOORZORG/BEFORE_BIRTH",
                "STEVIG_OUDERSCHAP/AFTER_BIRTH").doesNotContain("cases", "PREGNANCY/POP");
        _setValue(panel.area, panel.area.getListDataView().getItems()
                .filter(area -> area.getKey().equals("GM0202")).findFirst().orElseThrow());
        _setValue(panel.year, "1934");
        _setValue(panel.measure, "VOORZORG/BEFORE_BIRTH");
        _setValue(panel.value, "14");
        _setValue(panel.source, "Jaarverslag VoorZorg 1934");
        panel.record();

        assertThat(panel.result.getText()).isEqualTo("Ingelezen: 1 cijfers.");
        long edition = reports.create("GM0202", 1935, 1935);
        UI.getCurrent().navigate("indicatoren/rapportages/" + edition);
        ReportEditionView view = _get(ReportEditionView.class);
        assertThat(view.edition().chapters()).filteredOn(chapter -> chapter.indicator().equals("8")).singleElement()
                .satisfies(eight -> {
                    assertThat(eight.years()).containsExactly(1934, 1935);
                    assertThat(eight.rows().getFirst().label()).isEqualTo("VoorZorg: gestart vóór de geboorte");
                    assertThat(eight.rows().getFirst().cells().get(1934).source())
                            .isEqualTo("Jaarverslag VoorZorg 1934");
                });
        assertThat(view.getElement().getTextRecursively())
                .contains("Ingelezen cijfer, bron: Jaarverslag VoorZorg 1934");
    }

    @Test
    void aCoordinatorCorrectsAndRemovesAnImportedFigureOnTheScreen() {
        loginAs("coordinator");
        jdbc.update("DELETE FROM imported_figure WHERE period_year = 1977");
        history.record("7", "GM0202", "1977", "cases", "30", "Bron 1977");
        UI.getCurrent().navigate(ReportEditionsView.class);
        HistoryPanel panel = _get(HistoryPanel.class);

        panel.fill(panel.stored.getListDataView().getItems().filter(figure -> figure.year() == 1977).findFirst()
                .orElseThrow());
        _setValue(panel.value, "31");
        _setValue(panel.source, "Bron 1977, herzien");
        panel.correct();

        assertThat(panel.result.getText()).startsWith("Het cijfer is gewijzigd");
        assertThat(jdbc.queryForObject("SELECT figure_value FROM imported_figure WHERE period_year = 1977"
                + " AND area_code = 'GM0202'", java.math.BigDecimal.class)).isEqualByComparingTo("31");
        assertThat(panel.stored.getListDataView().getItems().filter(figure -> figure.year() == 1977))
                .singleElement().satisfies(figure -> assertThat(figure.source()).isEqualTo("Bron 1977, herzien"));

        panel.remove();

        assertThat(panel.result.getText()).startsWith("Verwijderd: 1 cijfers");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM imported_figure WHERE period_year = 1977",
                Integer.class)).isZero();
    }
}
