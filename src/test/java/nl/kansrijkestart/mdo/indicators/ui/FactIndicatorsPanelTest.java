package nl.kansrijkestart.mdo.indicators.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.Tab;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.indicators.IndicatorPublication;
import nl.kansrijkestart.mdo.indicators.internal.FactStore;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Indicators 6, 8, 10, 12 and 12 by the report on the coordinator's indicator screen; years
 * 2190–2199 are its own (2195–2199 for the scope test), and 2145–2146 for 8 and 12 by the report;
 * the demo history's 2024 and 2025 are read, not written.
 */
class FactIndicatorsPanelTest extends UiTest {

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
    private FactStore store;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aCoordinatorSeesTheShareOfValidatedInstrumentsPerMunicipalityAndTheWaitingDaysWithSmallCellsHidden() {
        int year = 2190 + ThreadLocalRandom.current().nextInt(5);
        for (int i = 0; i < 40; i++) {
            store.assessment(LocalDate.of(year, 2, 1), "GM0228", CaseType.PREGNANCY, Discipline.MIDWIFE, i < 30);
        }
        for (int i = 0; i < 3; i++) {
            store.firstDiscussion(LocalDate.of(year, 2, 1), "GM0228", CaseType.PREGNANCY, 12);
        }
        loginAs("coordinator");
        UI.getCurrent().navigate(IndicatorsView.class);
        FactIndicatorsPanel panel = _get(FactIndicatorsPanel.class);

        _setValue(panel.from, year);
        _setValue(panel.to, year);
        _click(_get(Button.class, spec -> spec.withId("fact-show")));

        assertThat(_size(panel.table)).isEqualTo(2);
        assertThat(_getFormattedRow(panel.table, 0)).containsExactly("Totaal van de keuze", "75,0% (30 van 40)");
        assertThat(_getFormattedRow(panel.table, 1)).containsExactly("Ede (GM0228)", "75,0% (30 van 40)");
        assertThat(panel.getElement().getTextRecursively())
                .contains("Aandeel signaleringen door verloskundigen met een gevalideerd instrument");

        panel.tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("fact-tab-12")));

        assertThat(_getFormattedRow(panel.table, 1)).containsExactly("Ede (GM0228)", "<10");
        assertThat(panel.getElement().getTextRecursively()).contains("Dagen van aanmelding tot eerste overleg");
        assertThat(download()).isEqualTo("indicator,period,group,cases,median_days,lower_quartile_days,"
                + "upper_quartile_days,suppressed,threshold\r\n"
                + "12," + year + ",TOTAL,,,,,true,10\r\n12," + year + ",GM0228,,,,,true,10\r\n");

        panel.tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("fact-tab-6")));

        assertThat(download()).endsWith("6," + year + ",GM0228,40,30,75.0,false,10\r\n");
    }

    @Test
    void aCoordinatorWhoseScopeIsAFreeSetOfMunicipalitiesReadsWhyThereIsNoTotal() {
        int year = 2195 + ThreadLocalRandom.current().nextInt(5);
        for (int i = 0; i < 12; i++) {
            store.assessment(LocalDate.of(year, 2, 1), "GM0202", CaseType.PREGNANCY, Discipline.MIDWIFE, i < 6);
            store.assessment(LocalDate.of(year, 2, 1), "GM0228", CaseType.PREGNANCY, Discipline.MIDWIFE, true);
        }
        String scope = "'GM0202', 'GM0228'";
        jdbc.update("INSERT INTO user_municipality_scope (user_id, municipality_code) SELECT u.id, m.code"
                + " FROM user_account u, municipality m WHERE u.username = 'coordinator' AND m.code IN (" + scope + ")");
        try {
            loginAs("coordinator");
            UI.getCurrent().navigate(IndicatorsView.class);
            FactIndicatorsPanel panel = _get(FactIndicatorsPanel.class);

            _setValue(panel.from, year);
            _setValue(panel.to, year);
            _click(_get(Button.class, spec -> spec.withId("fact-show")));

            assertThat(panel.totalNote.isVisible()).isTrue();
            assertThat(panel.totalNote.getText()).startsWith("Een totaal over een eigen keuze van gemeenten tonen we niet");
            assertThat(_size(panel.table)).isEqualTo(2);
            assertThat(_getFormattedRow(panel.table, 0)).doesNotContain("Totaal van de keuze");
        } finally {
            jdbc.update("DELETE FROM user_municipality_scope WHERE municipality_code IN (" + scope + ")"
                    + " AND user_id = (SELECT id FROM user_account WHERE username = 'coordinator')");
        }
    }

    @Test
    void theRunningYearIsNotShownAndThePanelSaysWhy() {
        publication.completeYears();
        loginAs("coordinator");
        UI.getCurrent().navigate(IndicatorsView.class);
        FactIndicatorsPanel panel = _get(FactIndicatorsPanel.class);

        _setValue(panel.from, 2199);
        _setValue(panel.to, 2200);
        _click(_get(Button.class, spec -> spec.withId("fact-show")));

        assertThat(panel.notYetPublished.isVisible()).isTrue();
        assertThat(panel.notYetPublished.getText()).startsWith("Nog niet gepubliceerd: 2200.")
                .contains("de periode loopt nog");
        assertThat(panel.table.getColumns()).extracting(column -> column.getHeaderText()).doesNotContain("2200");
        assertThat(download()).contains("\r\n6,2200,,,,,false,10,false\r\n");

        panel.tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("fact-tab-8")));

        assertThat(panel.notYetPublished.getText()).startsWith("Nog niet gepubliceerd: 2200.");
        assertThat(download()).endsWith("\r\n8,2200,,,,,false,10,false\r\n");

        panel.tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("fact-tab-12-support")));

        assertThat(panel.notYetPublished.getText()).startsWith("Nog niet gepubliceerd: 2200.");
        assertThat(download()).endsWith("\r\n12-support,2200,,,,,false,10,false\r\n");
    }

    @Test
    void indicatorEightShowsTheRowsOfTheRegionalReportAndTwelveByTheReportItsMedianAndMeanDays() {
        int year = 2145;
        for (int i = 0; i < 25; i++) {
            store.referralStart(LocalDate.of(year, 3, 1), "GM0202", CaseType.PREGNANCY, "STEVIG_OUDERSCHAP",
                    "BEFORE_BIRTH", 40, true, false);
        }
        for (int i = 0; i < 4; i++) {
            store.referralStart(LocalDate.of(year, 3, 1), "GM0202", CaseType.FAMILY, "STEVIG_OUDERSCHAP",
                    "AFTER_BIRTH", 40, true, false);
        }
        for (int i = 0; i < 12; i++) {
            store.referralStart(LocalDate.of(year, 5, 1), "GM0202", CaseType.PREGNANCY, "DEBT_COUNSELLING",
                    "BEFORE_BIRTH", 40, true, false);
            store.referralStart(LocalDate.of(year, 5, 1), "GM0202", CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT",
                    "AFTER_BIRTH", 10 + i, i == 0, true);
        }
        loginAs("coordinator");
        UI.getCurrent().navigate(IndicatorsView.class);
        FactIndicatorsPanel panel = _get(FactIndicatorsPanel.class);
        _setValue(panel.from, year);
        _setValue(panel.to, year);

        panel.tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("fact-tab-8")));

        assertThat(_size(panel.table)).as("the programmes of the report; debt counselling only in the CSV")
                .isEqualTo(4);
        assertThat(_getFormattedRow(panel.table, 0))
                .containsExactly("Totaal van de keuze", "Stevig Ouderschap, vóór de geboorte", "25");
        assertThat(_getFormattedRow(panel.table, 1))
                .containsExactly("Totaal van de keuze", "Stevig Ouderschap, na de geboorte", "<10");
        assertThat(_getFormattedRow(panel.table, 2))
                .containsExactly("Arnhem (GM0202)", "Stevig Ouderschap, vóór de geboorte", "25");
        assertThat(_getFormattedRow(panel.table, 3))
                .containsExactly("Arnhem (GM0202)", "Stevig Ouderschap, na de geboorte", "<10");
        assertThat(panel.table.getColumns()).extracting(column -> column.getHeaderText())
                .containsExactly("Gemeente", "Ondersteuning", String.valueOf(year));
        assertThat(panel.getElement().getTextRecursively()).contains("prenataal huisbezoek JGZ, Stevig Ouderschap");
        assertThat(download()).isEqualTo("indicator,period,group,kind,phase,cases,suppressed,threshold\r\n"
                + "8," + year + ",TOTAL,STEVIG_OUDERSCHAP,BEFORE_BIRTH,25,false,10\r\n"
                + "8," + year + ",TOTAL,STEVIG_OUDERSCHAP,AFTER_BIRTH,,true,10\r\n"
                + "8," + year + ",TOTAL,DEBT_COUNSELLING,BEFORE_BIRTH,12,false,10\r\n"
                + "8," + year + ",TOTAL,SOCIAL_TEAM_SUPPORT,AFTER_BIRTH,,true,10\r\n"
                + "8," + year + ",GM0202,STEVIG_OUDERSCHAP,BEFORE_BIRTH,25,false,10\r\n"
                + "8," + year + ",GM0202,STEVIG_OUDERSCHAP,AFTER_BIRTH,,true,10\r\n"
                + "8," + year + ",GM0202,DEBT_COUNSELLING,BEFORE_BIRTH,12,false,10\r\n"
                + "8," + year + ",GM0202,SOCIAL_TEAM_SUPPORT,AFTER_BIRTH,,true,10\r\n");

        panel.tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("fact-tab-12-support")));

        assertThat(_size(panel.table)).isEqualTo(2);
        assertThat(_getFormattedRow(panel.table, 0))
                .containsExactly("Totaal van de keuze", "mediaan 15,5 dagen (gemiddeld 15,5; 12 casussen)");
        assertThat(_getFormattedRow(panel.table, 1))
                .containsExactly("Arnhem (GM0202)", "mediaan 15,5 dagen (gemiddeld 15,5; 12 casussen)");
        assertThat(panel.getElement().getTextRecursively()).contains("ondersteuning door het sociaal team of CJG");
        assertThat(download()).isEqualTo("indicator,period,group,cases,median_days,mean_days,suppressed,threshold\r\n"
                + "12-support," + year + ",TOTAL,12,15.5,15.5,false,10\r\n"
                + "12-support," + year + ",GM0202,12,15.5,15.5,false,10\r\n");
    }

    @Test
    void indicatorsEightAndTwelveByTheReportShowOnlyTheMunicipalitiesOfTheCoordinatorsScope() {
        int year = 2146;
        for (String municipality : List.of("GM0202", "GM0228", "GM0289")) {
            for (int i = 0; i < 15; i++) {
                store.referralStart(LocalDate.of(year, 6, 1), municipality, CaseType.PREGNANCY, "VOORZORG",
                        "BEFORE_BIRTH", 20, true, false);
                store.referralStart(LocalDate.of(year, 6, 1), municipality, CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT",
                        "AFTER_BIRTH", 20, true, true);
            }
        }
        String scope = "'GM0202', 'GM0228'";
        jdbc.update("INSERT INTO user_municipality_scope (user_id, municipality_code) SELECT u.id, m.code"
                + " FROM user_account u, municipality m WHERE u.username = 'coordinator' AND m.code IN (" + scope + ")");
        try {
            loginAs("coordinator");
            UI.getCurrent().navigate(IndicatorsView.class);
            FactIndicatorsPanel panel = _get(FactIndicatorsPanel.class);
            _setValue(panel.from, year);
            _setValue(panel.to, year);

            panel.tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("fact-tab-8")));

            assertThat(panel.totalNote.isVisible()).as("a free set of municipalities has no total").isTrue();
            assertThat(_size(panel.table)).isEqualTo(2);
            assertThat(_getFormattedRow(panel.table, 0)).containsExactly("Arnhem (GM0202)", "VoorZorg, vóór de geboorte",
                    "15");
            assertThat(_getFormattedRow(panel.table, 1)).containsExactly("Ede (GM0228)", "VoorZorg, vóór de geboorte",
                    "15");
            assertThat(download()).doesNotContain("GM0289", "TOTAL");

            panel.tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("fact-tab-12-support")));

            assertThat(_size(panel.table)).isEqualTo(2);
            assertThat(_getFormattedRow(panel.table, 1).getFirst()).isEqualTo("Ede (GM0228)");
            assertThat(download()).doesNotContain("GM0289", "TOTAL");
        } finally {
            jdbc.update("DELETE FROM user_municipality_scope WHERE municipality_code IN (" + scope + ")"
                    + " AND user_id = (SELECT id FROM user_account WHERE username = 'coordinator')");
        }
    }

    /** The demo history (DemoReferralStarts): figures for the demo region in the years before this one. */
    @Test
    void withTheDemoHistoryTheDemoRegionHasFiguresOfEightAndTwelveByTheReportInEarlierYears() {
        loginAs("coordinator");
        UI.getCurrent().navigate(IndicatorsView.class);
        FactIndicatorsPanel panel = _get(FactIndicatorsPanel.class);
        RegionSummary demoRegion = panel.region.getListDataView().getItems()
                .filter(region -> region.code().equals("GELDERLAND-MIDDEN")).findFirst().orElseThrow();
        _setValue(panel.region, demoRegion);
        _setValue(panel.from, 2024);
        _setValue(panel.to, 2025);

        panel.tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("fact-tab-8")));

        assertThat(panel.table.getColumns()).extracting(column -> column.getHeaderText())
                .containsExactly("Gemeente", "Ondersteuning", "2024", "2025");
        for (String programme : List.of("Prenataal huisbezoek JGZ, vóór de geboorte",
                "Stevig Ouderschap, vóór de geboorte", "Stevig Ouderschap, na de geboorte",
                "VoorZorg, vóór de geboorte")) {
            assertThat(rows(panel)).as(programme).anySatisfy(row -> {
                assertThat(row.subList(0, 2)).containsExactly("Totaal van de keuze", programme);
                assertThat(row.subList(2, 4)).as("a figure for 2024 and 2025")
                        .allSatisfy(cell -> assertThat(cell).matches("[0-9]+"));
            });
        }
        assertThat(rows(panel)).as("the municipalities of the region, each with its rows")
                .filteredOn(row -> row.getFirst().equals("Ede (GM0228)")).isNotEmpty();

        panel.tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("fact-tab-12-support")));

        assertThat(_getFormattedRow(panel.table, 0).getFirst()).isEqualTo("Totaal van de keuze");
        assertThat(_getFormattedRow(panel.table, 0).subList(1, 3))
                .allSatisfy(cell -> assertThat(cell)
                        .matches("mediaan [0-9]+,[0-9] dagen \\(gemiddeld [0-9]+,[0-9]; [0-9]+ casussen\\)"));
        assertThat(_size(panel.table)).as("the total and the region's municipalities").isGreaterThan(10);
    }

    private static List<List<String>> rows(FactIndicatorsPanel panel) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < _size(panel.table); i++) {
            rows.add(_getFormattedRow(panel.table, i));
        }
        return rows;
    }

    private static String download() {
        return new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("fact-csv"))),
                StandardCharsets.UTF_8);
    }

    @Test
    void yearsInTheWrongOrderAreMarkedAtTheField() {
        loginAs("coordinator");
        UI.getCurrent().navigate(IndicatorsView.class);
        FactIndicatorsPanel panel = _get(FactIndicatorsPanel.class);

        _setValue(panel.from, 2026);
        _setValue(panel.to, 2024);
        _click(_get(Button.class, spec -> spec.withId("fact-show")));

        assertThat(panel.to.isInvalid()).isTrue();
        assertThat(panel.to.getErrorMessage()).isEqualTo("Het eindjaar ligt vóór het beginjaar.");
    }
}
