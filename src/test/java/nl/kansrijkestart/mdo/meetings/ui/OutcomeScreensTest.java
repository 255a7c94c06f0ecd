package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.MeetingFixtures;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.OutcomeStatus;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutcomeScreensTest extends UiTest {

    @Autowired
    private MeetingService meetings;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private CaseService cases;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @Test
    void aMeetingPlannedForALaterDayDoesNotStartAndTheChairIsToldToMoveItFirst() {
        MeetingSummary meeting = planned(MeetingFixtures.today().plusDays(12));
        accepted(meeting, "O.E.");
        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        _click(_get(Button.class, spec -> spec.withId("start-meeting")));

        assertThat(getNotifications()).extracting(notice -> notice.getElement().getProperty("text"))
                .containsExactly("Dit overleg is gepland op een latere dag en kan pas op die dag starten. "
                        + "Overlegt u eerder? Verplaats het overleg dan eerst naar vandaag.");
        _assertNone(OutcomeEditor.class);
        _get(Button.class, spec -> spec.withId("start-meeting"));
    }

    @Test
    void theChairStartsTheMeetingRecordsAnOutcomeAndClosesItForEveryoneToRead() {
        MeetingSummary meeting = planned();
        AgendaEntry item = accepted(meeting, "O.A.");
        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        _click(_get(Button.class, spec -> spec.withId("start-meeting")));
        OutcomeEditor editor = _get(OutcomeEditor.class);
        editor.status.setValue(OutcomeStatus.DISCUSSED);
        _setValue(editor.conclusion.text, "Kraamzorg verlengen; wijkteam neemt regie.");
        _click(_get(Button.class, spec -> spec.withId("save-outcome-" + item.caseNumber())));
        _click(_get(Button.class, spec -> spec.withId("close-meeting")));

        _assertNone(OutcomeEditor.class);
        assertThat(itemText(item)).contains("Besproken", "Kraamzorg verlengen; wijkteam neemt regie.");

        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        assertThat(itemText(item)).contains("Besproken", "wijkteam neemt regie");
        _assertNone(Button.class, spec -> spec.withId("start-meeting"));
    }

    @Test
    void aTooLongConclusionIsRefusedNextToTheFieldAndTheTextStays() {
        MeetingSummary meeting = planned();
        AgendaEntry item = accepted(meeting, "O.B.");
        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        _click(_get(Button.class, spec -> spec.withId("start-meeting")));
        OutcomeEditor editor = _get(OutcomeEditor.class);
        _setValue(editor.conclusion.text, "x".repeat(2001));
        _click(_get(Button.class, spec -> spec.withId("save-outcome-" + item.caseNumber())));

        assertThat(editor.conclusion.text.isInvalid()).isTrue();
        assertThat(editor.conclusion.text.getValue()).hasSize(2001);
    }

    @Test
    void afterClosingTheChairAddsAnAddendumUnderTheMinutesAndAParticipantOutsideTheCareTeamIsToldWhyNot() {
        MeetingSummary meeting = planned();
        AgendaEntry item = accepted(meeting, "O.C.");
        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        _click(_get(Button.class, spec -> spec.withId("start-meeting")));
        _click(_get(Button.class, spec -> spec.withId("save-outcome-" + item.caseNumber())));
        _click(_get(Button.class, spec -> spec.withId("close-meeting")));

        _setValue(_get(TextArea.class, spec -> spec.withId("addendum-" + item.caseNumber())),
                "Schuldhulp start pas in maart.");
        _click(_get(Button.class, spec -> spec.withId("add-addendum-" + item.caseNumber())));
        assertThat(itemText(item)).contains("Aanvulling van", "Schuldhulp start pas in maart.");

        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        assertThat(itemText(item)).contains("Schuldhulp start pas in maart.");
        TextArea addendum = _get(TextArea.class, spec -> spec.withId("addendum-" + item.caseNumber()));
        _setValue(addendum, "Ook JGZ gaat op huisbezoek.");
        _click(_get(Button.class, spec -> spec.withId("add-addendum-" + item.caseNumber())));
        assertThat(addendum.isInvalid()).isTrue();
        assertThat(addendum.getErrorMessage()).contains("zorgteam");
        assertThat(itemText(item)).doesNotContain("Ook JGZ gaat op huisbezoek.");
    }

    @Test
    void theChairSeesTheCurrentContactPersonInTheOutcomeAndRecordingItPutsTheConfirmationOnTheCaseTimeline() {
        MeetingSummary meeting = planned();
        AgendaEntry item = accepted(meeting, "O.D.");
        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        _click(_get(Button.class, spec -> spec.withId("start-meeting")));
        CaseRolesForm form = _get(CaseRolesForm.class, spec -> spec.withId("case-roles-" + item.caseNumber()));
        assertThat(form.contactPerson.getValue()).isNotNull();
        assertThat(form.contactPerson.getValue().userId()).isEqualTo(idOf(users, "verloskundige"));

        _click(_get(Button.class, spec -> spec.withId("decide-roles-" + item.caseNumber())));

        signedIn.as("verloskundige");
        assertThat(cases.open(item.caseNumber()).timeline())
                .anyMatch(entry -> entry.messageKey().equals("timeline.contact-person-confirmed"));
    }

    private String itemText(AgendaEntry entry) {
        return _get(Div.class, spec -> spec.withId("agenda-item-" + entry.caseNumber()))
                .getElement().getTextRecursively();
    }

    private MeetingSummary planned() {
        signedIn.as("voorzitter");
        return planned(MeetingFixtures.today());
    }

    private MeetingSummary planned(LocalDate date) {
        signedIn.as("voorzitter");
        return meetings.plan(mdoInArnhem(date, Set.of(idOf(users, "jgz"), idOf(users, "verloskundige"))));
    }

    private AgendaEntry accepted(MeetingSummary meeting, String initials) {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(meeting.id(), created.caseNumber(), "Welke steun past?", false);
        signedIn.as("voorzitter");
        return agendas.accept(request.id(), request.version());
    }
}
