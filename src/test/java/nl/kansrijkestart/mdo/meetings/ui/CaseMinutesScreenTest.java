package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.FollowUp;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.OutcomeDraft;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.meetings.OutcomeStatus;
import nl.kansrijkestart.mdo.shared.ui.NotFoundView;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseMinutesScreenTest extends UiTest {

    private String caseNumber = "";

    @Autowired
    private MeetingService meetings;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private CaseService cases;

    @Autowired
    private CurrentUserService users;

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
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(LocalDate.now().plusDays(12), Set.of(idOf(users, "jgz"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        caseNumber = created.caseNumber();
        AgendaEntry request = agendas.submit(planned.id(), caseNumber, "Wie neemt regie?", false);
        signedIn.as("voorzitter");
        AgendaEntry item = agendas.accept(request.id(), request.version());
        MeetingSummary current = meetings.open(planned.id());
        outcomes.start(current.id(), current.version());
        outcomes.record(item.id(), null,
                new OutcomeDraft(OutcomeStatus.DISCUSSED, "Kraamzorg verlengen.", FollowUp.NONE, null));
        current = meetings.open(planned.id());
        MeetingSummary closed = outcomes.close(current.id(), current.version());
        signedIn.nobody();
        return closed;
    }
}
