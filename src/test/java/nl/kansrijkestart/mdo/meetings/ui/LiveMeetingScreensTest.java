package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.today;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static nl.kansrijkestart.mdo.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.node.JsonNodeFactory;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.ActionDraft;
import nl.kansrijkestart.mdo.meetings.ActionService;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.CurrentItemService;
import nl.kansrijkestart.mdo.meetings.MeetingChanged;
import nl.kansrijkestart.mdo.meetings.MeetingRoom;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.meetings.SharedField;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two sessions at once: the chair's page runs on a thread of its own (Karibu keeps one mock
 * session per thread), the participant's on the test thread. The participant's page changes only
 * through the meeting's room and {@code ui.access}, as it would with Push in a browser.
 */
class LiveMeetingScreensTest extends UiTest {

    private final ExecutorService chairsBrowser = Executors.newSingleThreadExecutor();

    @Autowired
    private MeetingService meetings;

    @Autowired
    private MeetingRoom room;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private CurrentItemService currentItems;

    @Autowired
    private ActionService actions;

    @Autowired
    private CaseService cases;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void closeChairsBrowser() throws Exception {
        chairsBrowser.submit(() -> {
            MockVaadin.tearDown();
            signedIn.nobody();
        }).get();
        chairsBrowser.shutdown();
    }

    @Test
    void theParticipantSeesTheChairMoveToTheNextItemAndSaveTheConclusion() throws Exception {
        MeetingSummary meeting = planned();
        AgendaEntry first = accepted(meeting, "W.A.");
        AgendaEntry second = accepted(meeting, "W.B.");
        start(meeting);
        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        assertThat(itemText(first)).doesNotContain("Nu aan de orde");

        asChair(meeting, () -> _click(_get(Button.class, spec -> spec.withId("discuss-" + second.caseNumber()))));
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(itemText(second)).contains("Nu aan de orde");
            assertThat(_get(Div.class, spec -> spec.withId("agenda-item-" + second.caseNumber())).getClassNames())
                    .contains("current-item");
        });

        asChair(meeting, () -> {
            OutcomeEditor editor = _get(OutcomeEditor.class,
                    spec -> spec.withId("outcome-editor-" + second.caseNumber()));
            _setValue(editor.conclusion.text, "Huisarts verwijst naar POP-poli.");
            _click(_get(Button.class, spec -> spec.withId("save-outcome-" + second.caseNumber())));
        });
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(conclusionOf(second).text.getValue()).isEqualTo("Huisarts verwijst naar POP-poli.");
            assertThat(itemText(second)).contains("Besproken");
        });
    }

    @Test
    void aMoveThatArrivesAfterALaterMoveIsIgnored() throws Exception {
        MeetingSummary meeting = planned();
        AgendaEntry first = accepted(meeting, "W.K.");
        AgendaEntry second = accepted(meeting, "W.L.");
        start(meeting);
        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/" + meeting.id());

        long[] movedAt = new long[2];
        asChair(meeting, () -> {
            movedAt[0] = currentItems.discuss(meeting.id(), first.id(), meetings.open(meeting.id()).version());
            movedAt[1] = currentItems.discuss(meeting.id(), second.id(), movedAt[0]);
        });
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(itemText(second)).contains("Nu aan de orde");
        });

        // The first move once more, as if it had come the long way round from another node: it is
        // older than the move the page shows, so the page stays on the second item. The typing
        // marker sent after it reaches the page after it (a page hears its changes in order).
        room.deliver(MeetingChanged.currentItem(meeting.id(), "", first.id(), movedAt[0]));
        room.deliver(new MeetingChanged(meeting.id(), MeetingChanged.Change.EDITING, "Iemand Elders", second.id(),
                SharedField.NOTES));
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(itemText(second)).contains("Iemand Elders bewerkt dit veld");
        });
        assertThat(itemText(second)).contains("Nu aan de orde");
        assertThat(itemText(first)).doesNotContain("Nu aan de orde");

        // A newer move is shown as the change tells it, with nothing read: the page follows the
        // change, not the database (which still has the second item here).
        room.deliver(MeetingChanged.currentItem(meeting.id(), "", first.id(), movedAt[1] + 1));
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(itemText(first)).contains("Nu aan de orde");
            assertThat(itemText(second)).doesNotContain("Nu aan de orde");
        });
    }

    @Test
    void theParticipantSeesWhoElseHasTheMeetingOpen() throws Exception {
        MeetingSummary meeting = planned();
        accepted(meeting, "W.C.");
        start(meeting);
        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        LivePresence presence = _get(LivePresence.class);
        assertThat(presence.names()).hasSize(1);

        asChair(meeting, () -> {});

        // The chair's arrival reaches this page through its own delivery queue.
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(presence.names()).hasSize(2);
        });
    }

    @Test
    void twoPeopleTypingTheSameNotesNeverOverwriteEachOtherAndBothSeeTheNewest() throws Exception {
        MeetingSummary meeting = planned();
        AgendaEntry item = accepted(meeting, "W.D.");
        start(meeting);
        currentItems.discuss(meeting.id(), item.id(), meetings.open(meeting.id()).version());
        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        SharedTextEditor mine = _get(SharedTextEditor.class, spec -> spec.withId("notes-live"));
        asChair(meeting, () -> {});

        asChair(meeting, () -> _setValue(_get(SharedTextEditor.class, spec -> spec.withId("notes-live")).text, "Voorzitter: kraamzorg verlengen."));
        _setValue(mine.text, "JGZ: huisbezoek in week 2.");

        assertThat(mine.text.getValue()).isEqualTo("Voorzitter: kraamzorg verlengen.");
        assertThat(mine.editing.getText()).isNotBlank();
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(mine.text.getValue()).isEqualTo("Voorzitter: kraamzorg verlengen.");
        });

        _setValue(mine.text, "Voorzitter: kraamzorg verlengen. JGZ: huisbezoek in week 2.");
        eventually(() -> asChair(meeting, () -> {
            SharedTextEditor chairs = _get(SharedTextEditor.class, spec -> spec.withId("notes-live"));
            assertThat(chairs.text.getValue()).isEqualTo("Voorzitter: kraamzorg verlengen. JGZ: huisbezoek in week 2.");
            assertThat(chairs.editing.getText()).isNotBlank();
        }));
    }

    @Test
    void theParticipantSeesWhoIsTypingTheConclusionBeforeItIsSavedAndTheTextOnceItIs() throws Exception {
        MeetingSummary meeting = planned();
        AgendaEntry item = accepted(meeting, "W.E.");
        start(meeting);
        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        SharedTextEditor conclusion = conclusionOf(item);
        assertThat(conclusion.text.isReadOnly()).isTrue();
        assertThat(conclusion.editing.getText()).isEmpty();

        asChair(meeting, () -> typeIn(_get(OutcomeEditor.class).conclusion));
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(conclusion.editing.getText()).contains("Vera Voorzitter", "bewerkt dit veld");
            assertThat(conclusion.text.getValue()).isEmpty();
        });

        asChair(meeting, () -> _setValue(_get(OutcomeEditor.class).conclusion.text, "Wijkteam neemt regie."));
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(conclusion.text.getValue()).isEqualTo("Wijkteam neemt regie.");
        });
    }

    @Test
    void whoIsTypingDisappearsWhenTheirTypingStops() throws Exception {
        MeetingSummary meeting = planned();
        AgendaEntry item = accepted(meeting, "W.G.");
        start(meeting);
        loginAs("jgz");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        SharedTextEditor conclusion = conclusionOf(item);

        asChair(meeting, () -> typeIn(_get(OutcomeEditor.class).conclusion));
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(conclusion.editing.getText()).contains("Vera Voorzitter");
        });

        room.stopSilentTyping(Instant.now().plusSeconds(6));
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(conclusion.editing.getText()).isEmpty();
        });
    }

    @Test
    void theChairTypingTheConclusionOnTwoScreensLosesNothingAndTheSecondScreenShowsTheNewest() throws Exception {
        MeetingSummary meeting = planned();
        accepted(meeting, "W.F.");
        start(meeting);
        loginAs("voorzitter");
        UI.getCurrent().navigate("overleggen/" + meeting.id());
        SharedTextEditor secondScreen = _get(OutcomeEditor.class).conclusion;
        asChair(meeting, () -> {});

        asChair(meeting, () -> _setValue(_get(OutcomeEditor.class).conclusion.text, "Kraamzorg verlengen."));
        _setValue(secondScreen.text, "Huisbezoek JGZ.");

        assertThat(secondScreen.text.getValue()).isEqualTo("Kraamzorg verlengen.");
        assertThat(secondScreen.editing.getText()).contains("bewerkt dit veld");
        _setValue(secondScreen.text, "Kraamzorg verlengen. Huisbezoek JGZ.");
        eventually(() -> asChair(meeting, () -> assertThat(_get(OutcomeEditor.class).conclusion.text.getValue())
                .isEqualTo("Kraamzorg verlengen. Huisbezoek JGZ.")));
        _assertNone(OutcomeLines.class);
    }

    @Test
    void anActionAgreedOnAnotherItemLeavesTheConclusionBeingTypedInPlace() throws Exception {
        MeetingSummary meeting = planned();
        AgendaEntry typedOn = accepted(meeting, "W.H.");
        AgendaEntry other = accepted(meeting, "W.I.");
        start(meeting);
        SharedTextEditor[] conclusion = new SharedTextEditor[1];
        asChair(meeting, () -> {
            conclusion[0] = _get(OutcomeEditor.class, spec -> spec.withId("outcome-editor-" + typedOn.caseNumber()))
                    .conclusion;
            _setValue(conclusion[0].text, "JGZ neemt regie.");
        });

        signedIn.as("voorzitter");
        actions.agree(other.id(), new ActionDraft("Huisbezoek plannen", idOf(users, "jgz"), null, today().plusDays(7)));

        eventually(() -> asChair(meeting, () -> {
            assertThat(_get(Div.class, spec -> spec.withId("agenda-item-" + other.caseNumber())).getElement()
                    .getTextRecursively()).contains("Huisbezoek plannen");
            assertThat(_get(OutcomeEditor.class, spec -> spec.withId("outcome-editor-" + typedOn.caseNumber()))
                    .conclusion).isSameAs(conclusion[0]);
            assertThat(conclusion[0].text.getValue()).isEqualTo("JGZ neemt regie.");
        }));
    }

    /** What the browser sends while someone types, before the pause that saves the text. */
    private static void typeIn(SharedTextEditor editor) {
        Element field = editor.text.getElement();
        ElementUtilsKt._fireDomEvent(field, new DomEvent(field, "input", JsonNodeFactory.instance.objectNode()));
    }

    private SharedTextEditor conclusionOf(AgendaEntry entry) {
        return _get(SharedTextEditor.class, spec -> spec.withId("conclusion-" + entry.id() + "-live"));
    }

    /** Opens the chair's page on the chair's own thread (once) and acts there. */
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

    private String itemText(AgendaEntry entry) {
        return _get(Div.class, spec -> spec.withId("agenda-item-" + entry.caseNumber()))
                .getElement().getTextRecursively();
    }

    private MeetingSummary planned() {
        signedIn.as("voorzitter");
        return meetings.plan(mdoInArnhem(today(),
                Set.of(idOf(users, "jgz"), idOf(users, "verloskundige"))));
    }

    private void start(MeetingSummary meeting) {
        signedIn.as("voorzitter");
        MeetingSummary current = meetings.open(meeting.id());
        outcomes.start(current.id(), current.version());
    }

    private AgendaEntry accepted(MeetingSummary meeting, String initials) {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(meeting.id(), created.caseNumber(), "Wie neemt regie?", false);
        signedIn.as("voorzitter");
        return agendas.accept(request.id(), request.version());
    }
}
