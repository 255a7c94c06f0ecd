package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.shared.ui.NotFoundView;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingScreensTest extends UiTest {

    private static final LocalDate IN_TEN_DAYS = LocalDate.now().plusDays(10);

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
    void myMeetingsListsTheUpcomingMeetingsIAmInvitedToAndNoOthers() {
        MeetingSummary meeting = planned("huisarts");
        loginAs("huisarts");
        UI.getCurrent().navigate(MyMeetingsView.class);
        assertThat(_findAll(_get(MyMeetingsView.class).upcoming)).extracting(MeetingSummary::id)
                .contains(meeting.id());
        _assertNone(Button.class, spec -> spec.withId("plan-meeting"));

        loginAs("kinderarts");
        UI.getCurrent().navigate(MyMeetingsView.class);
        assertThat(_findAll(_get(MyMeetingsView.class).upcoming)).extracting(MeetingSummary::id)
                .doesNotContain(meeting.id());
    }

    @Test
    void aChairPlansAMeetingThroughTheFormAndLandsOnItsPage() {
        loginAs("voorzitter");
        UI.getCurrent().navigate(MyMeetingsView.class);
        _click(_get(Button.class, spec -> spec.withId("plan-meeting")));
        PlanMeetingView form = _get(PlanMeetingView.class);
        form.type.setValue(MeetingType.POP);
        _setValue(form.date, IN_TEN_DAYS);
        _setValue(form.place, "Ziekenhuis Rijnzicht, zaal 3");
        selectByLabel(form.municipality, "Arnhem (GM0202)");
        _click(_get(Button.class, spec -> spec.withId("save-meeting")));

        MeetingSummary shown = _get(MeetingView.class).current();
        assertThat(shown.type()).isEqualTo(MeetingType.POP);
        assertThat(shown.startsAt().toLocalDate()).isEqualTo(IN_TEN_DAYS);
        assertThat(shown.chairedByMe()).isTrue();
    }

    @Test
    void aRefusedPlanShowsWhyNextToTheFieldAndStaysOnTheForm() {
        loginAs("voorzitter");
        UI.getCurrent().navigate(PlanMeetingView.class);
        PlanMeetingView form = _get(PlanMeetingView.class);
        _setValue(form.date, IN_TEN_DAYS);
        _setValue(form.duration, 5);
        _setValue(form.videoLink, "http://onveilig.example.nl");
        _click(_get(Button.class, spec -> spec.withId("save-meeting")));

        assertThat(form.duration.isInvalid()).isTrue();
        assertThat(form.videoLink.getErrorMessage()).contains("https");
        assertThat(form.municipality.isInvalid()).isTrue();
        _assertNone(MeetingView.class);
    }

    @Test
    void aParticipantOutsideTheConsentSeesTheAgendaItemAnonymisedWithoutQuestionOrCaseNumber() {
        MeetingSummary meeting = planned("huisarts", "jgz", "verloskundige");
        AgendaEntry onAgenda = acceptedCase(meeting, "V.K.");

        loginAs("huisarts");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        String seenByGp = _get(Div.class, spec -> spec.withId("agenda-item-item-" + onAgenda.id()))
                .getElement().getTextRecursively();
        // Outside the consent not even the question or the case number: only that an anonymised case is on the agenda.
        assertThat(seenByGp).contains("Geanonimiseerd").doesNotContain("Welke steun past?", "V.K.",
                onAgenda.caseNumber());

        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        LocalDate due = LocalDate.now().plusMonths(4);
        assertThat(itemText(onAgenda)).contains("V.K.").doesNotContain("Geanonimiseerd")
                .contains("Uitgerekende datum: " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl")).format(due))
                .doesNotContain(due.toString());
    }

    @Test
    void aProfessionalWhoIsNotInvitedGetsTheNotFoundPage() {
        MeetingSummary meeting = planned("huisarts");
        loginAs("kinderarts");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        _assertOne(NotFoundView.class);
        _assertNone(MeetingView.class);
    }

    @Test
    void theChairAcceptsOneRequestAndRejectsAnotherWithAReason() {
        MeetingSummary meeting = planned("verloskundige");
        AgendaEntry first = submittedCase(meeting, "V.L.");
        AgendaEntry second = submittedCase(meeting, "V.M.");
        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        _click(_get(Button.class, spec -> spec.withId("accept-" + first.caseNumber())));
        _click(_get(Button.class, spec -> spec.withId("reject-" + second.caseNumber())));
        RejectDialog dialog = _get(RejectDialog.class);
        _setValue(dialog.reason, "Graag eerst in het wijkteam bespreken.");
        _click(_get(Button.class, spec -> spec.withId("confirm-reject")));

        assertThat(itemText(first)).contains("Geaccepteerd");
        assertThat(itemText(second)).contains("Afgewezen").contains("Graag eerst in het wijkteam bespreken.");
    }

    @Test
    void anInvitedProfessionalSubmitsACaseFromTheMeetingPage() {
        MeetingSummary meeting = planned("verloskundige");
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("V.N."), consentFor(Discipline.MIDWIFE));
        loginAs("verloskundige");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        _click(_get(Button.class, spec -> spec.withId("submit-case")));
        SubmitCaseDialog dialog = _get(SubmitCaseDialog.class);
        selectByLabel(dialog.caseField, created.caseNumber() + " – V.N.");
        _setValue(dialog.question, "Hoe organiseren we steun in de kraamweek?");
        _click(_get(Button.class, spec -> spec.withId("confirm-submit")));

        UI.getCurrent().navigate(MyMeetingsView.class);
        assertThat(_findAll(_get(MyMeetingsView.class).submissions))
                .anyMatch(s -> s.caseNumber().equals(created.caseNumber()) && s.meetingId() == meeting.id());
    }

    @Test
    void theSubmitPageOffersOnlyMeetingsTheCareTeamMemberIsInvitedTo() {
        MeetingSummary invited = planned("verloskundige");
        MeetingSummary notInvited = planned("jgz");
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("V.Q."), consentFor(Discipline.MIDWIFE));
        loginAs("verloskundige");
        UI.getCurrent().navigate("overleggen/aanmelden/" + created.caseNumber());

        SubmitFromCaseView form = _get(SubmitFromCaseView.class);
        assertThat(form.meeting.getListDataView().getItems().map(MeetingSummary::id))
                .contains(invited.id()).doesNotContain(notInvited.id());
    }

    @Test
    void aCareTeamMemberSubmitsACaseFromTheCasePageForOneOfTheirUpcomingMeetings() {
        MeetingSummary meeting = planned("verloskundige");
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("V.P."), consentFor(Discipline.MIDWIFE));
        loginAs("verloskundige");
        UI.getCurrent().navigate("casussen/" + created.caseNumber());
        _click(_get(Button.class, spec -> spec.withId("submit-to-meeting")));

        SubmitFromCaseView form = _get(SubmitFromCaseView.class);
        _setValue(form.meeting, form.meeting.getListDataView().getItems()
                .filter(upcoming -> upcoming.id() == meeting.id()).findFirst().orElseThrow());
        _setValue(form.question, "Wie neemt de regie na de bevalling?");
        _click(_get(Button.class, spec -> spec.withId("confirm-submit")));

        assertThat(_get(MeetingView.class).current().id()).isEqualTo(meeting.id());
        UI.getCurrent().navigate(MyMeetingsView.class);
        assertThat(_findAll(_get(MyMeetingsView.class).submissions))
                .anyMatch(s -> s.caseNumber().equals(created.caseNumber()) && s.meetingId() == meeting.id());
    }

    @Test
    void somebodyElsesCaseCannotBeSubmittedFromItsAddress() {
        planned("jgz");
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("V.Q."), consentFor(Discipline.MIDWIFE));
        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/aanmelden/" + created.caseNumber());

        _assertNone(SubmitFromCaseView.class);
        _get(NotFoundView.class);
    }

    @Test
    void theChairMovesAPlannedMeetingToAnotherPlaceAndThenCancelsItForEveryone() {
        MeetingSummary meeting = planned("jgz");
        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        PlanChangePanel panel = _get(PlanChangePanel.class);
        _setValue(panel.place, "Wijkcentrum Presikhaaf");
        _click(_get(Button.class, spec -> spec.withId("save-plan-change")));
        assertThat(detailsText()).contains("Wijkcentrum Presikhaaf");

        _click(_get(Button.class, spec -> spec.withId("cancel-meeting")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(detailsText()).contains("Geannuleerd");
        _assertNone(PlanChangePanel.class);
        _assertNone(Button.class, spec -> spec.withId("start-meeting"));
        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        assertThat(detailsText()).contains("Geannuleerd", "Wijkcentrum Presikhaaf");

        UI.getCurrent().navigate(MyMeetingsView.class);
        Grid<MeetingSummary> upcoming = _get(MyMeetingsView.class).upcoming;
        int row = _findAll(upcoming).stream().map(MeetingSummary::id).toList().indexOf(meeting.id());
        assertThat(_getCellComponent(upcoming, row, "status").getElement().getText())
                .isEqualTo("Geannuleerd");
        assertThat(upcoming.getPartNameGenerator().apply(_findAll(upcoming).get(row))).isEqualTo("cancelled-meeting");
    }

    private String detailsText() {
        return _get(VerticalLayout.class, spec -> spec.withId("meeting-details")).getElement().getTextRecursively();
    }

    @Test
    void theCalendarDownloadHoldsTheMeetingButNoCaseData() {
        MeetingSummary meeting = planned("jgz", "verloskundige");
        AgendaEntry onAgenda = acceptedCase(meeting, "V.O.");
        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        String ics = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("download-ics"))),
                StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VCALENDAR", "MDO Kwetsbaar Zwanger", "Stadskantoor Arnhem")
                .doesNotContain(onAgenda.caseNumber()).doesNotContain("V.O.");
    }

    private String itemText(AgendaEntry entry) {
        return _get(Div.class, spec -> spec.withId("agenda-item-" + entry.caseNumber()))
                .getElement().getTextRecursively();
    }

    private MeetingSummary planned(String... invited) {
        signedIn.as("voorzitter");
        Set<Long> ids = Arrays.stream(invited).map(name -> idOf(users, name)).collect(Collectors.toSet());
        return meetings.plan(mdoInArnhem(IN_TEN_DAYS, ids));
    }

    /** Consent for midwife and JGZ: a GP participant is outside it. */
    private AgendaEntry submittedCase(MeetingSummary meeting, String initials) {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        return agendas.submit(meeting.id(), created.caseNumber(), "Welke steun past?", false);
    }

    private AgendaEntry acceptedCase(MeetingSummary meeting, String initials) {
        AgendaEntry request = submittedCase(meeting, initials);
        signedIn.as("voorzitter");
        return agendas.accept(request.id(), request.version());
    }
}
