package nl.kansrijkestart.mdo.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseFilter;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.ActionService;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.AgreedAction;
import nl.kansrijkestart.mdo.meetings.MeetingDraft;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The start page shows a professional what needs attention, and nothing of the kind to others. */
class StartPageTest extends UiTest {

    @Autowired
    private MeetingService meetings;

    @Autowired
    private CaseService cases;

    @Autowired
    private ActionService actions;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aProfessionalSeesHerNextMeetingFirstHerOpenActionsAndLinksToTheCasesThatNeedAttention() {
        signedIn.as("voorzitter");
        MeetingSummary early = meetings.plan(new MeetingDraft(MeetingType.MDO_VULNERABLE_PREGNANCY,
                LocalDate.now().plusDays(1), LocalTime.of(6, 30), 60, "Stadskantoor Arnhem", null, "GM0202", null,
                Set.of(idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        cases.register(new CaseDraft(CaseType.PREGNANCY, false, "S.P.", LocalDate.now().getYear() - 30,
                LocalDate.now().plusMonths(5), null, "GM0202", null, "Huiselijk geweld; wie neemt regie?",
                Set.of(Factor.DOMESTIC_VIOLENCE)), consentFor(Discipline.MIDWIFE));
        int urgent = cases.countMyCases(new CaseFilter(null, null, null, true, null, null));
        List<AgreedAction> open = actions.myActions().stream().filter(action -> !action.done()).toList();
        // Meetings that other tests start are planned for today (none starts before its day), and
        // the demo MDO too: her next meeting is tomorrow's early one only when none of those is hers.
        MeetingSummary next = meetings.myMeetings().stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED && m.status() != MeetingStatus.CLOSED
                        && m.endsAt().toInstant().isAfter(java.time.Instant.now()))
                .min(java.util.Comparator.comparing(m -> m.startsAt().toInstant())).orElseThrow();
        signedIn.nobody();

        loginAs("verloskundige");
        UI.getCurrent().navigate("");

        List<RouterLink> meetingLinks = _get(Div.class, spec -> spec.withId("start-meetings"))
                .getChildren().flatMap(child -> child.getChildren()).filter(RouterLink.class::isInstance)
                .map(RouterLink.class::cast).toList();
        assertThat(meetingLinks).hasSizeBetween(1, 3);
        assertThat(next.startsAt().toInstant()).isBeforeOrEqualTo(early.startsAt().toInstant());
        assertThat(meetingLinks.getFirst().getHref()).isEqualTo("overleggen/" + next.id());
        assertThat(meetingLinks.getFirst().getText()).contains(
                next.startsAt().toLocalTime().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")),
                "MDO Kwetsbaar Zwanger");
        assertThat(_get(Div.class, spec -> spec.withId("start-actions")).getElement().getTextRecursively())
                .contains(open.isEmpty() ? "Geen open acties." : open.size() + " open actie");
        RouterLink urgentCases = _get(RouterLink.class, spec -> spec.withId("start-cases-urgent"));
        assertThat(urgentCases.getText()).startsWith(String.valueOf(urgent)).contains("urgente casus");
        assertThat(urgentCases.getHref()).isEqualTo("casussen?urgent=ja");
    }

    @Test
    void aChairSeesWhichOfHerMeetingsHaveSubmissionsWaitingForHerDecision() {
        signedIn.as("voorzitter");
        MeetingSummary meeting = meetings.plan(new MeetingDraft(MeetingType.MDO_VULNERABLE_PREGNANCY,
                LocalDate.now().plusDays(20), LocalTime.of(9, 0), 60, "Stadskantoor Arnhem", null, "GM0202", null,
                Set.of(idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        String caseNumber = cases.register(new CaseDraft(CaseType.PREGNANCY, false, "S.Q.", LocalDate.now().getYear() - 28,
                LocalDate.now().plusMonths(5), null, "GM0202", null, "Wie neemt de regie?", Set.of()),
                consentFor(Discipline.MIDWIFE)).caseNumber();
        agendas.submit(meeting.id(), caseNumber, "Wie neemt de regie?", false);
        signedIn.nobody();

        loginAs("voorzitter");
        UI.getCurrent().navigate("");

        RouterLink waiting = _get(Div.class, spec -> spec.withId("start-requests")).getChildren()
                .flatMap(child -> child.getChildren()).filter(RouterLink.class::isInstance).map(RouterLink.class::cast)
                .filter(link -> link.getHref().equals("overleggen/" + meeting.id())).findFirst().orElseThrow();
        assertThat(waiting.getText()).startsWith("1 aanmelding voor MDO Kwetsbaar Zwanger van ");

        loginAs("verloskundige");
        UI.getCurrent().navigate("");
        _assertNone(Div.class, spec -> spec.withId("start-requests"));
    }

    @Test
    void aChairIsRemindedOfAMeetingWhoseTimeHasPassedButThatWasNeverClosed() {
        signedIn.as("voorzitter");
        MeetingSummary forgotten = meetings.plan(new MeetingDraft(MeetingType.MDO_VULNERABLE_PREGNANCY,
                LocalDate.now().plusDays(3), LocalTime.of(9, 0), 60, "Stadskantoor Arnhem", null, "GM0202", null,
                Set.of(idOf(users, "jgz"))));
        signedIn.nobody();
        jdbc.update("UPDATE meeting SET starts_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)), forgotten.id());

        loginAs("voorzitter");
        UI.getCurrent().navigate("");

        assertThat(_get(Div.class, spec -> spec.withId("start-unfinished")).getChildren()
                .flatMap(child -> child.getChildren()).filter(RouterLink.class::isInstance).map(RouterLink.class::cast)
                .map(RouterLink::getHref)).contains("overleggen/" + forgotten.id());
        loginAs("jgz");
        UI.getCurrent().navigate("");
        _assertNone(Div.class, spec -> spec.withId("start-unfinished"));
    }

    @Test
    void aCoordinatorAndAnAdministratorGetNoCaseOrMeetingBlocks() {
        for (String user : List.of("coordinator", "admin")) {
            loginAs(user);
            UI.getCurrent().navigate("");
            _get(HomeView.class);
            _assertNone(Div.class, spec -> spec.withId("start-panels"));
        }
    }
}
