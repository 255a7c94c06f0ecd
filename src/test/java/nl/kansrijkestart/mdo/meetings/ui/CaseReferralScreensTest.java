package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.MeetingFixtures;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios;
import nl.kansrijkestart.mdo.meetings.Referral;
import nl.kansrijkestart.mdo.meetings.ReferralService;
import nl.kansrijkestart.mdo.meetings.ReferralStatus;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The referrals after the meeting: on the case page the care team moves them on in order, adds one,
 * and is told when someone else changed a referral first; on the start page the contact person sees
 * her open referrals, the late ones first and marked, and records a start right there.
 */
class CaseReferralScreensTest extends UiTest {

    /** Today when the test began; a day the server stamps itself is read from what it stored. */
    private final LocalDate today = MeetingFixtures.today();

    @Autowired
    private ReferralService referrals;

    @Autowired
    private LocalOfferService offers;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theCareTeamMovesAReferralOnFromReferredToStartedToEndedOnTheCasePage() {
        Referral referral = afterTheMeeting("Z.A.", "STEVIG-OUDERSCHAP", ReferralStatus.REFERRED);
        loginAs("verloskundige");
        openReferralsOf(referral);

        assertThat(_get(TabSheet.class).getSelectedIndex()).isEqualTo(6);
        assertThat(text(referral)).contains("Stevig Ouderschap · Verwezen", "Verwijzer: Marieke de Vries",
                "Geadviseerd op " + written(referral.advisedOn()), "Verwezen op " + written(today));
        _assertNone(Button.class, spec -> spec.withId("referral-" + referral.id() + "-ENDED"));
        _click(_get(Button.class, spec -> spec.withId("referral-" + referral.id() + "-STARTED")));
        assertThat(text(referral)).contains("Stevig Ouderschap · Gestart", "Gestart op " + written(today));
        _click(_get(Button.class, spec -> spec.withId("referral-" + referral.id() + "-ENDED")));

        assertThat(text(referral)).contains("Stevig Ouderschap · Beëindigd");
        _assertNone(ReferralSteps.class, spec -> spec.withId("referral-" + referral.id() + "-steps"));
    }

    @Test
    void aDeclineNeedsTheClientsReasonAndAStartDateInTheFutureIsRefused() {
        Referral referral = afterTheMeeting("Z.B.", "VOORZORG", ReferralStatus.REFERRED);
        loginAs("verloskundige");
        openReferralsOf(referral);
        ReferralSteps steps = _get(ReferralSteps.class, spec -> spec.withId("referral-" + referral.id() + "-steps"));

        steps.day.setMax(null);
        _setValue(steps.day, today.plusDays(2));
        _click(_get(Button.class, spec -> spec.withId("referral-" + referral.id() + "-STARTED")));
        assertThat(steps.day.getErrorMessage()).isEqualTo("De datum ligt in de toekomst.");

        _setValue(steps.day, today);
        _click(_get(Button.class, spec -> spec.withId("referral-" + referral.id() + "-DECLINED")));
        assertThat(steps.reason.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(text(referral)).contains("VoorZorg · Verwezen");

        _setValue(steps.reason, "Wil eerst zelf rondkijken.");
        _click(_get(Button.class, spec -> spec.withId("referral-" + referral.id() + "-DECLINED")));
        assertThat(text(referral)).contains("VoorZorg · Afgewezen door cliënt",
                "Reden van de cliënt: Wil eerst zelf rondkijken.");
    }

    @Test
    void whenSomeoneElseMovedTheReferralFirstThePageSaysWhoAndShowsTheNewStatus() {
        Referral referral = afterTheMeeting("Z.C.", "KRAAMZORG", ReferralStatus.ADVISED);
        loginAs("verloskundige");
        openReferralsOf(referral);
        assertThat(text(referral)).contains("Kraamzorg · Geadviseerd");
        referrals.move(referral.id(), referral.version(), ReferralStatus.REFERRED, today, null);

        _click(_get(Button.class, spec -> spec.withId("referral-" + referral.id() + "-REFERRED")));

        assertThat(getNotifications()).extracting(notice -> notice.getElement().getProperty("text"))
                .anyMatch(text -> text.startsWith("Marieke de Vries heeft deze verwijzing intussen gewijzigd."));
        assertThat(text(referral)).contains("Kraamzorg · Verwezen");
        _get(Button.class, spec -> spec.withId("referral-" + referral.id() + "-STARTED"));
    }

    @Test
    void theCareTeamAddsAReferralAfterTheMeetingWithThemselvesAsReferrer() {
        Referral first = afterTheMeeting("Z.D.", "KRAAMZORG", ReferralStatus.ADVISED);
        loginAs("verloskundige");
        UI.getCurrent().navigate("casussen/" + first.caseNumber());
        _get(TabSheet.class).setSelectedIndex(6);
        _click(_get(Button.class, spec -> spec.withId("new-referral")));
        ReferralForm form = _get(ReferralForm.class);
        assertThat(form.referrer.getValue().name()).isEqualTo("Marieke de Vries");
        _setValue(form.offer, form.offer.getListDataView().getItems()
                .filter(offer -> offer.code().equals("SOCIAAL-TEAM-GM0202")).findFirst().orElseThrow());
        _click(form.save);

        assertThat(_get(CaseReferrals.class).getElement().getTextRecursively())
                .contains("Kraamzorg · Geadviseerd", "Sociaal team / CJG Arnhem · Geadviseerd");
        _assertNone(ReferralForm.class);
    }

    @Test
    void theContactPersonSeesHerLateReferralFirstAndMarkedAndRecordsAStartOnTheStartPage() {
        Referral late = afterTheMeeting("Z.E.", "VOORZORG", ReferralStatus.REFERRED);
        jdbc.update("UPDATE referral SET advised_on = ?, referred_on = ? WHERE id = ?", today.minusWeeks(7),
                today.minusWeeks(7), late.id());
        loginAs("verloskundige");
        UI.getCurrent().navigate("");

        Div panel = _get(Div.class, spec -> spec.withId("start-referrals"));
        assertThat(panel.getElement().getTextRecursively()).contains("Mijn openstaande verwijzingen");
        ReferralLine line = _get(ReferralLine.class, spec -> spec.withId("referral-" + late.id()));
        assertThat(line.getClassNames()).contains("overdue-action");
        assertThat(line.getElement().getTextRecursively()).contains("Let op: nog niet gestart");
        List<Boolean> flaggedInOrder = _find(panel, ReferralLine.class).stream()
                .map(shown -> shown.getClassNames().contains("overdue-action")).toList();
        assertThat(flaggedInOrder.indexOf(false) == -1 || !flaggedInOrder.subList(flaggedInOrder.indexOf(false),
                flaggedInOrder.size()).contains(true)).as("late referrals first").isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withId("referral-" + late.id() + "-case")).getHref())
                .isEqualTo("casussen/" + late.caseNumber() + "?tab=verwijzingen");
        _assertNone(Button.class, spec -> spec.withId("referral-" + late.id() + "-DECLINED"));

        ReferralSteps steps = _get(ReferralSteps.class, spec -> spec.withId("referral-" + late.id() + "-steps"));
        _setValue(steps.day, today.minusDays(3));
        _click(_get(Button.class, spec -> spec.withId("referral-" + late.id() + "-STARTED")));

        _assertNone(ReferralLine.class, spec -> spec.withId("referral-" + late.id()));
        signedIn.as("verloskundige");
        assertThat(referrals.ofCase(late.caseNumber())).singleElement()
                .satisfies(started -> assertThat(started.startedOn()).isEqualTo(today.minusDays(3)));
    }

    @Test
    void aCoordinatorHasNoReferralPanelAndAnotherProfessionalNoneOfHerReferrals() {
        Referral referral = afterTheMeeting("Z.F.", "VOORZORG", ReferralStatus.ADVISED);
        loginAs("jgz");
        UI.getCurrent().navigate("");
        _assertNone(ReferralLine.class, spec -> spec.withId("referral-" + referral.id()));

        loginAs("coordinator");
        UI.getCurrent().navigate("");
        _assertNone(Div.class, spec -> spec.withId("start-referrals"));
    }

    /** A case of {@code verloskundige} (its contact person), referred by her after a closed meeting. */
    private Referral afterTheMeeting(String initials, String offerCode, ReferralStatus status) {
        MeetingScenarios.Running closed = scenarios.closed(initials, "Steun thuis na de bevalling.");
        signedIn.as("verloskundige");
        long offer = offers.offers().stream().filter(o -> o.code().equals(offerCode)).findFirst().orElseThrow().id();
        return referrals.create(closed.caseNumber(), null, offer, idOf(users, "verloskundige"), status);
    }

    /** The case page as the start page's link opens it: on the tab of its referrals. */
    private static void openReferralsOf(Referral referral) {
        UI.getCurrent().navigate("casussen/" + referral.caseNumber(), QueryParameters.of("tab", "verwijzingen"));
    }

    private static String text(Referral referral) {
        return _get(ReferralLine.class, spec -> spec.withId("referral-" + referral.id())).getElement()
                .getTextRecursively();
    }

    private static String written(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl")).format(day);
    }
}
