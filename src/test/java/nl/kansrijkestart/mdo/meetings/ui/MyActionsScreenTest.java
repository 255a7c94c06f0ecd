package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.today;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.meetings.internal.AgendaAction;
import nl.kansrijkestart.mdo.meetings.internal.AgendaActionRepository;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyActionsScreenTest extends UiTest {

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
    private AgendaActionRepository actionRows;

    @Autowired
    private SignedIn signedIn;

    @Test
    void theChairAgreesAnActionOnTheMeetingPageAndTheAssigneeMarksItDoneInMyActions() {
        Running running = itemOfRunningMeeting("M.A.");
        AgendaEntry item = running.item();
        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + running.meetingId());
        ActionForm form = _get(ActionForm.class);
        _setValue(form.what, "Aanmelden bij de voedselbank");
        long socialTeam = idOf(users, "wijkteam");
        form.assignee.setValue(form.assignee.getListDataView().getItems()
                .filter(person -> person.userId() == socialTeam).findFirst().orElseThrow());
        _setValue(form.dueOn, LocalDate.now().plusDays(5));
        _click(_get(Button.class, spec -> spec.withId("add-action-" + item.caseNumber())));

        loginAs("wijkteam");
        UI.getCurrent().navigate(MyActionsView.class);
        Div row = _find(Div.class, spec -> spec.withClasses("my-action")).stream()
                .filter(div -> div.getElement().getTextRecursively().contains("Aanmelden bij de voedselbank"))
                .findFirst().orElseThrow();
        assertThat(row.hasClassName("overdue-action")).isFalse();
        _click(_get(row, Button.class, spec -> spec.withText("Markeer als gedaan")));
        assertThat(_get(Div.class, spec -> spec.withId(row.getId().orElseThrow())).getElement().getTextRecursively())
                .contains("Afgerond");
    }

    @Test
    void anOverdueActionIsHighlighted() {
        AgendaEntry item = itemOfRunningMeeting("M.B.").item();
        AgendaAction overdue = actionRows.saveAndFlush(new AgendaAction(item.id(), "Verslag sturen naar de huisarts",
                idOf(users, "wijkteam"), "Sevda Yilmaz", LocalDate.now().minusDays(2), "Test", Instant.now()));
        loginAs("wijkteam");
        UI.getCurrent().navigate(MyActionsView.class);
        assertThat(_get(Div.class, spec -> spec.withId("action-" + overdue.requireId())).hasClassName("overdue-action"))
                .isTrue();
    }

    private record Running(long meetingId, AgendaEntry item) {}

    private Running itemOfRunningMeeting(String initials) {
        signedIn.as("voorzitter");
        MeetingSummary meeting = meetings.plan(mdoInArnhem(today(),
                Set.of(idOf(users, "wijkteam"), idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE));
        AgendaEntry request = agendas.submit(meeting.id(), created.caseNumber(), "Welke steun past?", false);
        signedIn.as("voorzitter");
        AgendaEntry accepted = agendas.accept(request.id(), request.version());
        outcomes.start(meeting.id(), meeting.version());
        return new Running(meeting.id(), accepted);
    }
}
