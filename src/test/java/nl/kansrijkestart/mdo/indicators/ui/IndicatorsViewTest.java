package nl.kansrijkestart.mdo.indicators.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.indicators.HistoryService;
import nl.kansrijkestart.mdo.indicators.IndicatorPublication;
import nl.kansrijkestart.mdo.indicators.Period;
import nl.kansrijkestart.mdo.indicators.internal.CountingEvent;
import nl.kansrijkestart.mdo.indicators.internal.CountingEventRepository;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.ui.AccessDeniedView;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator's indicator screen: the report layout, a chart per year, the CSV download (with
 * imported figures of 1963, which no other test imports).
 */
class IndicatorsViewTest extends UiTest {

    /** The test's years lie in the future: the clock stands on a day they are all published. */
    @Autowired
    private AdjustableClock publicationClock;

    /** A test of the yearly publication switches it on, and it is put back after each test. */
    @Autowired
    private IndicatorPublication publication;

    @BeforeEach
    void publishTheTestYears() {
        publicationClock.publishIndicatorsOf(2199);
    }

    @AfterEach
    void clockBackToNow() {
        publicationClock.reset();
        publication.reset();
    }

    @Autowired
    private CountingEventRepository events;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private HistoryService history;

    @Test
    void aCoordinatorSeesTheReportRowsPerYearWithSmallCountsHiddenAndDownloadsThem() {
        int year = 2153 + ThreadLocalRandom.current().nextInt(7);
        for (int patient = 0; patient < 12; patient++) {
            discussed(LocalDate.of(year, 5, 1), MeetingType.POP, CaseType.PREGNANCY, "view-pop-" + year + "-" + patient);
        }
        for (int patient = 0; patient < 4; patient++) {
            discussed(LocalDate.of(year, 5, 1), MeetingType.MDO_VULNERABLE_PREGNANCY, CaseType.FAMILY,
                    "view-mdo-" + year + "-" + patient);
        }
        loginAs("coordinator");
        UI.getCurrent().navigate(IndicatorsView.class);
        IndicatorsView view = _get(IndicatorsView.class);

        _setValue(view.from, year);
        _setValue(view.to, year);
        _click(_get(Button.class, spec -> spec.withId("indicator-show")));

        assertThat(_size(view.table)).isEqualTo(2);
        assertThat(_getFormattedRow(view.table, 0)).containsExactly("Aantal gezinnen in het MDO Kwetsbaar Zwanger", "<10");
        assertThat(_getFormattedRow(view.table, 1)).containsExactly("Aantal zwangeren in het POP-overleg", "<10");
        assertThat(((Html) view.charts.getChildren().findFirst().orElseThrow()).getInnerHtml())
                .contains("<svg").contains("&lt;10").contains("Aantal zwangeren in het POP-overleg");
        assertThat(view.getElement().getTextRecursively()).contains("worden getoond als \"<10\"");
        String csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("indicator-csv-report"))),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Indicator," + year + "\r\n").contains("Aantal zwangeren in het POP-overleg,<10");
    }

    @Test
    void theRunningYearReadsNotYetPublishedWithTheReasonWhileEarlierYearsOfTheDemoHistoryShowTheirFigures() {
        publication.completeYears();
        publicationClock.reset();
        int year = LocalDate.now(publicationClock).getYear();
        IndicatorsView view = openAsCoordinator();

        assertThat(view.table.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("Indicator", String.valueOf(year - 2), String.valueOf(year - 1), String.valueOf(year));
        assertThat(_size(view.table)).isPositive();
        for (int row = 0; row < _size(view.table); row++) {
            assertThat(_getFormattedRow(view.table, row).get(3)).isEqualTo("nog niet gepubliceerd");
            assertThat(_getFormattedRow(view.table, row).get(1)).as("two years ago is published")
                    .isNotEqualTo("nog niet gepubliceerd");
        }
        assertThat(view.notYetPublished.isVisible()).isTrue();
        assertThat(view.notYetPublished.getText()).startsWith("Nog niet gepubliceerd: ").contains(String.valueOf(year))
                .contains("de periode loopt nog").contains("1 februari");
        assertThat(view.charts.getChildren().count()).as("no chart for the running year").isLessThanOrEqualTo(2);
    }

    @Test
    void withQuartersTheReportHasAColumnPerQuarterAlsoForQuartersWithoutDiscussions() {
        int year = 2097;
        for (int patient = 0; patient < 12; patient++) {
            discussed(LocalDate.of(year, 2, 1), MeetingType.POP, CaseType.PREGNANCY, "view-q1-" + patient);
            discussed(LocalDate.of(year, 8, 1), MeetingType.POP, CaseType.PREGNANCY, "view-q3-" + patient);
        }
        IndicatorsView view = openAsCoordinator();

        _setValue(view.from, year);
        _setValue(view.to, year);
        _setValue(view.periods, Period.QUARTER);
        _click(_get(Button.class, spec -> spec.withId("indicator-show")));

        assertThat(view.table.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("Indicator", year + "-Q1", year + "-Q2", year + "-Q3", year + "-Q4");
        assertThat(_getFormattedRow(view.table, 0))
                .containsExactly("Aantal zwangeren in het POP-overleg", "12", "0", "12", "0");
        assertThat(view.charts.getChildren().count()).as("a chart per quarter").isEqualTo(4);
    }

    @Test
    void aCoordinatorCountsOnlyTheMunicipalitiesSheChooses() {
        int year = 2098;
        for (int patient = 0; patient < 11; patient++) {
            discussed(LocalDate.of(year, 3, 1), MeetingType.POP, CaseType.FAMILY, "view-ede-" + patient);
            events.saveAndFlush(new CountingEvent(LocalDate.of(year, 3, 1), "GM0202", Set.of("GELDERLAND-MIDDEN"),
                    MeetingType.POP, CaseType.FAMILY, false, "view-arnhem-" + patient));
        }
        IndicatorsView view = openAsCoordinator();
        assertThat(view.municipalities.getListDataView().getItems().map(MunicipalitySummary::code))
                .contains("GM0202", "GM0228");

        _setValue(view.from, year);
        _setValue(view.to, year);
        _setValue(view.municipalities, Set.of(view.municipalities.getListDataView().getItems()
                .filter(municipality -> municipality.code().equals("GM0228")).findFirst().orElseThrow()));
        _click(_get(Button.class, spec -> spec.withId("indicator-show")));

        assertThat(_getFormattedRow(view.table, 0)).containsExactly("Aantal gezinnen in het POP-overleg", "11");
    }

    @Test
    void aTotalOverAFreeChoiceOfMunicipalitiesIsNotOfferedAndTheScreenSaysWhy() {
        int year = 2084;
        for (int patient = 0; patient < 11; patient++) {
            discussed(LocalDate.of(year, 3, 1), MeetingType.POP, CaseType.FAMILY, "free-" + year + "-" + patient);
        }
        IndicatorsView view = openAsCoordinator();
        assertThat(view.municipalities.getHelperText()).contains("Kies één gemeente of een hele regio");

        _setValue(view.from, year);
        _setValue(view.to, year);
        _setValue(view.municipalities, Set.copyOf(view.municipalities.getListDataView().getItems()
                .filter(municipality -> Set.of("GM0202", "GM0228").contains(municipality.code())).toList()));
        _click(_get(Button.class, spec -> spec.withId("indicator-show")));

        assertThat(view.municipalities.isInvalid()).isTrue();
        assertThat(view.municipalities.getErrorMessage())
                .startsWith("Een totaal over een eigen keuze van gemeenten tonen we niet");
    }

    @Test
    void aCoordinatorWithAScopeIsOfferedOnlyTheRegionsAndMunicipalitiesWhollyInsideIt() {
        jdbc.update("INSERT INTO user_municipality_scope (user_id, municipality_code) SELECT u.id, m.code"
                + " FROM user_account u, municipality m WHERE u.username = 'coordinator'"
                + " AND m.code IN ('GM0203', 'GM0228', 'GM0267', 'GM0279', 'GM0289')");
        try {
            IndicatorsView view = openAsCoordinator();

            assertThat(view.region.getListDataView().getItems().map(RegionSummary::code))
                    .containsExactly("GELDERSE-VALLEI");
            assertThat(view.municipalities.getListDataView().getItems()).hasSize(5);
            assertThat(_get(FactIndicatorsPanel.class).region.getListDataView().getItems().map(RegionSummary::code))
                    .containsExactly("GELDERSE-VALLEI");
        } finally {
            jdbc.update("DELETE FROM user_municipality_scope WHERE user_id = (SELECT id FROM user_account"
                    + " WHERE username = 'coordinator')");
        }
        assertThat(openAsCoordinator().region.getListDataView().getItems().count()).isGreaterThan(2);
    }

    @Test
    void aProfessionalCannotOpenTheIndicatorScreen() {
        loginAs("verloskundige");
        UI.getCurrent().navigate("indicatoren");
        _get(AccessDeniedView.class);
    }

    @Test
    void theDownloadsOfTheScreenListImportedFiguresOfEarlierYearsMarkedWithTheirSource() {
        jdbc.update("DELETE FROM imported_figure WHERE period_year = 1963");
        IndicatorsView view = openAsCoordinator();
        history.record("7", "GM0202", "1963", "cases", "25", "Jaarverslag 1963");

        _setValue(view.from, 1963);
        _setValue(view.to, 1963);
        _click(_get(Button.class, spec -> spec.withId("indicator-show")));
        String report = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("indicator-csv-report"))),
                StandardCharsets.UTF_8);
        String tidy = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("indicator-csv-long"))),
                StandardCharsets.UTF_8);

        assertThat(report).startsWith("Indicator,1963,Bron\r\n")
                .contains("\r\nGM0202: aantal casussen (ingelezen),25,Jaarverslag 1963\r\n");
        assertThat(tidy).contains(",imported,source\r\n")
                .containsPattern("7,1963,MUNICIPALITY,GM0202,cases,25,false,\\d+,true,Jaarverslag 1963\r\n");
    }

    private IndicatorsView openAsCoordinator() {
        loginAs("coordinator");
        UI.getCurrent().navigate(IndicatorsView.class);
        return _get(IndicatorsView.class);
    }

    private void discussed(LocalDate date, MeetingType meetingType, CaseType caseType, String token) {
        events.saveAndFlush(new CountingEvent(date, "GM0228", Set.of("GELDERLAND-MIDDEN"), meetingType, caseType,
                false, token));
    }
}
