package nl.kansrijkestart.mdo.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.CurrentItemService;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.testing.AccessLogRows;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access log of a live meeting with several open pages records what each person newly saw,
 * not one row per agenda item per page per change: a move of the current item discloses nothing
 * new (each page already shows the items it may see), a saved note is one new disclosure to each
 * other page that shows that item's notes, and none to a page outside the consent scope. Each page
 * runs on a thread of its own (Karibu keeps one mock session per thread).
 */
class LiveAccessLogTest extends UiTest {

    private final List<Page> pages = new ArrayList<>();

    @Autowired
    private MeetingService meetings;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private CurrentItemService currentItems;

    @Autowired
    private CaseService cases;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void closePages() throws Exception {
        for (Page page : pages) {
            page.close();
        }
    }

    @Test
    void aMoveOfTheCurrentItemLogsOnlyTheChairsMoveWhateverTheNumberOfPages() throws Exception {
        MeetingSummary meeting = planned();
        AgendaEntry first = accepted(meeting, "X.A.");
        AgendaEntry second = accepted(meeting, "X.B.");
        start(meeting, first);
        Page chair = open("voorzitter", meeting);
        List<Page> following = List.of(open("jgz", meeting), open("jgz", meeting), open("verloskundige", meeting),
                open("huisarts", meeting));
        long before = AccessLogRows.last(jdbc);

        chair.run(() -> _click(_get(Button.class, spec -> spec.withId("discuss-" + second.caseNumber()))));

        for (Page page : following) {
            page.eventuallyShows(() -> assertThat(card(second).getClassNames()).contains("current-item"));
        }
        assertThat(loggedSince(before)).containsExactly("voorzitter UPDATE meeting-current-item " + second.caseNumber());
    }

    @Test
    void aSavedNoteIsLoggedOnceForEachOtherPageThatShowsItAndNeverOutsideTheConsent() throws Exception {
        MeetingSummary meeting = planned();
        AgendaEntry item = accepted(meeting, "X.C.");
        start(meeting, item);
        Page chair = open("voorzitter", meeting);
        Page writer = open("jgz", meeting);
        Page secondScreen = open("jgz", meeting);
        Page midwife = open("verloskundige", meeting);
        Page outsideConsent = open("huisarts", meeting);
        outsideConsent.run(() -> assertThat(card(item).getElement().getTextRecursively())
                .doesNotContain(item.caseNumber()));
        long before = AccessLogRows.last(jdbc);

        writer.run(() -> _setValue(notes().text, "JGZ: huisbezoek in week 2."));

        for (Page page : List.of(chair, secondScreen, midwife)) {
            page.eventuallyShows(() -> assertThat(notes().text.getValue()).isEqualTo("JGZ: huisbezoek in week 2."));
        }
        outsideConsent.run(() -> {});
        writer.run(() -> {});
        assertThat(loggedSince(before)).containsExactlyInAnyOrder(
                "jgz UPDATE agenda-notes " + item.caseNumber(),
                "voorzitter READ agenda-notes " + item.caseNumber(),
                "jgz READ agenda-notes " + item.caseNumber(),
                "verloskundige READ agenda-notes " + item.caseNumber());
    }

    private List<String> loggedSince(long id) {
        return jdbc.query("select username, action, object, case_number from audit_entry where id > ? order by id",
                (row, n) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " "
                        + row.getString(4), id);
    }

    /** The item's card, under its case number or, outside the consent scope, under its id only. */
    private static Div card(AgendaEntry entry) {
        List<Div> named = _find(Div.class, spec -> spec.withId("agenda-item-" + entry.caseNumber()));
        return named.isEmpty() ? _get(Div.class, spec -> spec.withId("agenda-item-item-" + entry.id())) : named.get(0);
    }

    private static SharedTextEditor notes() {
        return _get(SharedTextEditor.class, spec -> spec.withId("notes-live"));
    }

    private Page open(String username, MeetingSummary meeting) throws Exception {
        Page page = new Page();
        pages.add(page);
        page.call(() -> {
            loginAs(username);
            UI.getCurrent().navigate("overleggen/" + meeting.id());
            return null;
        });
        return page;
    }

    private MeetingSummary planned() {
        signedIn.as("voorzitter");
        return meetings.plan(mdoInArnhem(today(), Set.of(idOf(users, "jgz"),
                idOf(users, "verloskundige"), idOf(users, "huisarts"))));
    }

    private void start(MeetingSummary meeting, AgendaEntry current) {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.open(meeting.id());
        MeetingSummary running = outcomes.start(planned.id(), planned.version());
        currentItems.discuss(running.id(), current.id(), running.version());
        signedIn.nobody();
    }

    private AgendaEntry accepted(MeetingSummary meeting, String initials) {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(meeting.id(), created.caseNumber(), "Wie neemt regie?", false);
        signedIn.as("voorzitter");
        AgendaEntry accepted = agendas.accept(request.id(), request.version());
        signedIn.nobody();
        return accepted;
    }

    /** One open page in a browser of its own: a Karibu session on a thread of its own. */
    private final class Page {
        private final ExecutorService thread = Executors.newSingleThreadExecutor();

        void run(Runnable action) throws Exception {
            call(() -> {
                MockVaadin.clientRoundtrip(false);
                action.run();
                return null;
            });
        }

        <T> T call(Callable<T> action) throws Exception {
            return thread.submit(action).get();
        }

        /** Waits until the changes handed to this page have reached it and it shows what is expected. */
        void eventuallyShows(Runnable check) {
            eventually(() -> run(check));
        }

        void close() throws Exception {
            call(() -> {
                MockVaadin.tearDown();
                signedIn.nobody();
                return null;
            });
            thread.shutdown();
        }
    }
}
