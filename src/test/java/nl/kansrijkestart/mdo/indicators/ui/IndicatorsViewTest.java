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
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.indicators.internal.CountingEvent;
import nl.kansrijkestart.mdo.indicators.internal.CountingEventRepository;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.shared.ui.AccessDeniedView;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinator's indicator screen: the report layout, a chart per year, the CSV download. */
class IndicatorsViewTest extends UiTest {

    @Autowired
    private CountingEventRepository events;

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
    void aProfessionalCannotOpenTheIndicatorScreen() {
        loginAs("verloskundige");
        UI.getCurrent().navigate("indicatoren");
        _get(AccessDeniedView.class);
    }

    private void discussed(LocalDate date, MeetingType meetingType, CaseType caseType, String token) {
        events.saveAndFlush(new CountingEvent(date, "GM0228", Set.of("GELDERLAND-MIDDEN"), meetingType, caseType,
                false, token));
    }
}
