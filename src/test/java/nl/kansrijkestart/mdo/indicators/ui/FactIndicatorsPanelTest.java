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
import java.util.concurrent.ThreadLocalRandom;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.indicators.IndicatorPublication;
import nl.kansrijkestart.mdo.indicators.internal.FactStore;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Indicators 6, 10 and 12 on the coordinator's indicator screen; years 2190–2199 are its own (2195–2199 for the scope test). */
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
