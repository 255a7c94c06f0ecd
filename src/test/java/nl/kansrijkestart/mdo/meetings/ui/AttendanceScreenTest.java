package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AttendanceScreenTest extends UiTest {

    @Autowired
    private MeetingService meetings;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @Test
    void theQuorumWarningNamesEachMissingCoreDisciplineUntilTheChairMarksThemPresent() {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(today(),
                Set.of(idOf(users, "verloskundige"), idOf(users, "wijkteam"))));
        outcomes.start(planned.id(), planned.version());
        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + planned.id());
        assertThat(quorumText()).contains("Geen quorum", "Verloskundige", "Sociaal wijkteam");

        _setValue(_get(Checkbox.class, spec -> spec.withId("present-user-" + idOf(users, "verloskundige"))), true);
        assertThat(quorumText()).contains("Geen quorum", "Sociaal wijkteam").doesNotContain("Verloskundige");
        _setValue(_get(Checkbox.class, spec -> spec.withId("present-user-" + idOf(users, "wijkteam"))), true);
        assertThat(quorumText()).startsWith("Quorum").doesNotContain("Geen quorum");
        assertThat(_get(Span.class, spec -> spec.withId("quorum")).hasClassName("quorum-warning")).isFalse();

        _click(_get(Button.class, spec -> spec.withId("close-meeting")));
        assertThat(_get(MeetingView.class).current().status()).isEqualTo(MeetingStatus.CLOSED);
        _assertNone(Checkbox.class);
        assertThat(_get(AttendancePanel.class).getElement().getTextRecursively())
                .contains("aanwezig");
    }

    private String quorumText() {
        return _get(Span.class, spec -> spec.withId("quorum")).getElement().getTextRecursively();
    }
}
