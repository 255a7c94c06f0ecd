package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios.Running;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.shared.ui.NotFoundView;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseMinutesScreenTest extends UiTest {

    private String caseNumber = "";

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private SignedIn signedIn;

    @Test
    void fromTheCasePageTheMidwifeReadsWhatTheMeetingSheWasNotInConcluded() {
        MeetingSummary meeting = closedMeetingAbout("S.A.");
        loginAs("verloskundige");
        UI.getCurrent().navigate("casussen/" + caseNumber);

        _click(_get(Button.class, spec -> spec.withId("meeting-minutes")));

        _assertOne(CaseMinutesView.class);
        assertThat(_get(Div.class, spec -> spec.withId("minutes-" + meeting.id())).getElement().getTextRecursively())
                .contains("Besproken").contains("Kraamzorg verlengen.");
    }

    @Test
    void someoneOutsideTheCareTeamSeesNotFound() {
        closedMeetingAbout("S.B.");
        loginAs("jgz");

        UI.getCurrent().navigate("overleggen/casus/" + caseNumber);

        _assertOne(NotFoundView.class);
    }

    private MeetingSummary closedMeetingAbout(String initials) {
        Running closed = scenarios.closed(initials, "Kraamzorg verlengen.", "jgz");
        caseNumber = closed.caseNumber();
        signedIn.nobody();
        return closed.meeting();
    }
}
