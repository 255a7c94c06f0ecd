package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.today;
import static nl.kansrijkestart.mdo.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.meetings.Referral;
import nl.kansrijkestart.mdo.meetings.ReferralService;
import nl.kansrijkestart.mdo.meetings.ReferralStatus;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.offer.OfferSummary;
import nl.kansrijkestart.mdo.testing.AccessLogRows;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Referrals in the live meeting: the chair records them in an item's outcome from the offer of the
 * case's municipality, suggestions first; participants see them within the consent scope, also on
 * their open page without reloading, and so is a referral moved on later on the case page. The
 * chair's page (and any other second page) runs on a thread of its own (Karibu keeps one mock
 * session per thread), as in the other live screen tests.
 */
class ReferralScreensTest extends UiTest {

    private final ExecutorService chairsBrowser = Executors.newSingleThreadExecutor();
    private final ExecutorService careTeamsBrowser = Executors.newSingleThreadExecutor();

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
    private ReferralService referrals;

    @Autowired
    private LocalOfferService offers;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void closeOtherBrowsers() throws Exception {
        for (ExecutorService browser : List.of(chairsBrowser, careTeamsBrowser)) {
            browser.submit(() -> {
                MockVaadin.tearDown();
                signedIn.nobody();
            }).get();
            browser.shutdown();
        }
    }

    @Test
    void theChairSeesTheServicesForTheRiskFactorsFirstAndMarkedAsSuggestedAndRecordsAReferral() {
        Started started = started("Y.A.");
        MeetingSummary meeting = started.meeting();
        AgendaEntry item = started.item();
        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        _click(_get(Button.class, spec -> spec.withId("new-referral-" + item.caseNumber())));
        ReferralForm form = _get(ReferralForm.class, spec -> spec.withId("referral-form-" + item.caseNumber()));

        List<String> labels = labels(form.offer);
        int suggested = (int) labels.stream().takeWhile(label -> label.endsWith("– voorgesteld")).count();
        assertThat(labels.subList(0, suggested)).as("for the case's financial problems")
                .anyMatch(label -> label.startsWith("Schuldhulpverlening Arnhem"))
                .anyMatch(label -> label.startsWith("Sociaal team / CJG Arnhem"));
        assertThat(labels.subList(suggested, labels.size())).noneMatch(label -> label.contains("voorgesteld"))
                .anyMatch(label -> label.startsWith("Stevig Ouderschap"))
                .noneMatch(label -> label.startsWith("Sociaal team / CJG Ede"));
        assertThat(form.offer.getHelperText()).contains("u kiest zelf");

        _setValue(form.offer, offer(form.offer, "STEVIG-OUDERSCHAP"));
        _setValue(form.referrer, form.referrer.getListDataView().getItems()
                .filter(member -> member.name().equals("Marieke de Vries")).findFirst().orElseThrow());
        _setValue(form.status, ReferralStatus.REFERRED);
        _click(form.save);

        assertThat(itemText(item)).contains("Verwijzingen", "Stevig Ouderschap · Verwezen",
                "Verwijzer: Marieke de Vries");
        _assertNone(ReferralForm.class);
    }

    @Test
    void aReferralWithoutServiceOrReferrerIsRefusedNextToTheFields() {
        Started started = started("Y.B.");
        MeetingSummary meeting = started.meeting();
        AgendaEntry item = started.item();
        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        _click(_get(Button.class, spec -> spec.withId("new-referral-" + item.caseNumber())));
        ReferralForm form = _get(ReferralForm.class);
        _click(form.save);

        assertThat(form.offer.isInvalid()).isTrue();
        assertThat(form.referrer.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(itemText(item)).doesNotContain("Verwijzer:");
    }

    @Test
    void aParticipantWithinTheConsentSeesTheReferralAppearAndOneOutsideItNeverSeesIt() throws Exception {
        Started started = started("Y.C.");
        MeetingSummary meeting = started.meeting();
        AgendaEntry item = started.item();
        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        _assertNone(Button.class, spec -> spec.withId("new-referral-" + item.caseNumber()));

        asChair(meeting, () -> {
            _click(_get(Button.class, spec -> spec.withId("new-referral-" + item.caseNumber())));
            ReferralForm form = _get(ReferralForm.class);
            _setValue(form.offer, offer(form.offer, "VOORZORG"));
            _setValue(form.referrer, form.referrer.getListDataView().getItems().findFirst().orElseThrow());
            _click(form.save);
        });
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(itemText(item)).contains("VoorZorg · Geadviseerd");
        });

        loginAs("huisarts");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        assertThat(_get(AgendaList.class).getElement().getTextRecursively())
                .doesNotContain("VoorZorg");
    }

    @Test
    void aClosedMeetingShowsTheReferralsWithoutTheForm() throws Exception {
        Started started = started("Y.D.");
        MeetingSummary meeting = started.meeting();
        AgendaEntry item = started.item();
        asChair(meeting, () -> {
            _click(_get(Button.class, spec -> spec.withId("new-referral-" + item.caseNumber())));
            ReferralForm form = _get(ReferralForm.class);
            _setValue(form.offer, offer(form.offer, "KRAAMZORG"));
            _setValue(form.referrer, form.referrer.getListDataView().getItems().findFirst().orElseThrow());
            _click(form.save);
            _click(_get(Button.class, spec -> spec.withId("save-outcome-" + item.caseNumber())));
            _click(_get(Button.class, spec -> spec.withId("close-meeting")));
        });

        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        assertThat(itemText(item)).contains("Kraamzorg · Geadviseerd");
        _assertNone(Button.class, spec -> spec.withId("new-referral-" + item.caseNumber()));
    }

    @Test
    void aReferralMovedOnOnTheCasePageChangesOnlyItsLinesOnTheOpenMeetingPageAndOnlyWithinTheConsent()
            throws Exception {
        Started started = started("Y.E.");
        MeetingSummary meeting = started.meeting();
        AgendaEntry item = started.item();
        Referral referral = recordedByTheChair(item, "VOORZORG");
        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        assertThat(itemText(item)).contains("VoorZorg · Geadviseerd");
        SharedTextEditor conclusion = conclusionOf(item);
        inBrowser(chairsBrowser, () -> {
            loginAs("huisarts");
            UI.getCurrent().navigate("overleggen/" + meeting.id());
        });
        long before = AccessLogRows.last(jdbc);

        inBrowser(careTeamsBrowser, () -> {
            loginAs("verloskundige");
            UI.getCurrent().navigate("casussen/" + referral.caseNumber(), QueryParameters.of("tab", "verwijzingen"));
            _click(_get(Button.class, spec -> spec.withId("referral-" + referral.id() + "-REFERRED")));
        });

        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(itemText(item)).contains("VoorZorg · Verwezen").doesNotContain("Geadviseerd ·");
        });
        assertThat(conclusionOf(item)).as("the rest of the outcome region stays in place").isSameAs(conclusion);
        eventually(() -> assertThat(referralReadsSince(before, referral.caseNumber()))
                .as("read again as the viewer, within the consent").contains("jgz").doesNotContain("huisarts"));
        inBrowser(chairsBrowser, () -> assertThat(_get(AgendaList.class).getElement().getTextRecursively())
                .doesNotContain("VoorZorg"));
        assertThat(referralReadsSince(before, referral.caseNumber())).doesNotContain("huisarts");
    }

    /** A referral the chair records in the item's outcome, with the midwife as referrer. */
    private Referral recordedByTheChair(AgendaEntry item, String offerCode) {
        signedIn.as("voorzitter");
        long offer = offers.offers().stream().filter(o -> o.code().equals(offerCode)).findFirst().orElseThrow().id();
        Referral referral = referrals.create(item.caseNumber(), item.id(), offer, idOf(users, "verloskundige"));
        signedIn.nobody();
        return referral;
    }

    private static SharedTextEditor conclusionOf(AgendaEntry entry) {
        return _get(SharedTextEditor.class, spec -> spec.withId("conclusion-" + entry.id() + "-live"));
    }

    /** Who read referrals of the case since audit entry {@code id}. */
    private List<String> referralReadsSince(long id, String caseNumber) {
        return jdbc.queryForList("select username from audit_entry where id > ? and action = 'READ'"
                + " and object = 'referral' and case_number = ? order by id", String.class, id, caseNumber);
    }

    /** Runs {@code action} in the browser of the given thread, after what reached its page meanwhile. */
    private static void inBrowser(ExecutorService browser, Runnable action) throws Exception {
        browser.submit(() -> {
            if (UI.getCurrent() != null) {
                MockVaadin.clientRoundtrip(false);
            }
            action.run();
        }).get();
    }

    private void asChair(MeetingSummary meeting, Runnable action) throws Exception {
        chairsBrowser.submit(() -> {
            if (UI.getCurrent() == null) {
                loginAs("voorzitter");
                UI.getCurrent().navigate("overleggen/" + meeting.id());
            }
            MockVaadin.clientRoundtrip(false);
            action.run();
        }).get();
    }

    private static List<String> labels(Select<OfferSummary> select) {
        return select.getListDataView().getItems().map(select.getItemLabelGenerator()).toList();
    }

    private static OfferSummary offer(Select<OfferSummary> select, String code) {
        return select.getListDataView().getItems().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    private String itemText(AgendaEntry entry) {
        return _get(Div.class, spec -> spec.withId("agenda-item-" + entry.caseNumber())).getElement()
                .getTextRecursively();
    }

    private record Started(MeetingSummary meeting, AgendaEntry item) {}

    /** Running today with jgz (within the consent), huisarts (outside it) and the submitting midwife. */
    private Started started(String initials) {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(today(),
                Set.of(idOf(users, "jgz"), idOf(users, "huisarts"), idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(planned.id(), created.caseNumber(), "Welke steun past?", false);
        signedIn.as("voorzitter");
        AgendaEntry item = agendas.accept(request.id(), request.version());
        MeetingSummary current = meetings.open(planned.id());
        MeetingSummary running = outcomes.start(current.id(), current.version());
        signedIn.nobody();
        return new Started(running, item);
    }
}
