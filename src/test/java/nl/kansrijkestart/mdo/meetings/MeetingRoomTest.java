package nl.kansrijkestart.mdo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static nl.kansrijkestart.mdo.testing.Eventually.eventually;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios.Running;
import nl.kansrijkestart.mdo.meetings.MeetingChanged.Change;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Open pages of a meeting hear the chair's committed changes, each on a delivery thread of its own
 * and in order; closed and silent pages are forgotten.
 */
@IntegrationTest
class MeetingRoomTest {

    @Autowired
    private MeetingScenarios scenarios;

    private static final OutcomeDraft DISCUSSED = new OutcomeDraft(OutcomeStatus.DISCUSSED,
            "Wijkteam neemt regie.", FollowUp.NONE, null);

    @Autowired
    private MeetingRoom room;

    @Autowired
    private CurrentItemService currentItems;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private AdjustableClock clock;

    @AfterEach
    void signOut() {
        signedIn.nobody();
        clock.reset();
    }

    @Test
    void aSecondParticipantHearsTheChairMoveTheItemAndSaveANote() {
        Running running = scenarios.running("L.A.", "jgz");
        MeetingSummary meeting = running.meeting();
        AgendaEntry item = running.item();
        List<MeetingChanged> heard = new CopyOnWriteArrayList<>();
        signedIn.as("jgz");
        Runnable leave = room.join(meeting.id(), heard::add);

        signedIn.as("voorzitter");
        long moved = currentItems.discuss(meeting.id(), item.id(), meeting.version());
        outcomes.record(item.id(), null, DISCUSSED);

        eventually(() -> assertThat(heard).extracting(MeetingChanged::change)
                .containsSubsequence(Change.CURRENT_ITEM, Change.OUTCOME));
        // the move carries where to and the meeting's version after it: the pages need not read it
        assertThat(heard).filteredOn(c -> c.change() == Change.CURRENT_ITEM).first().satisfies(c -> {
            assertThat(c.by()).isNotBlank();
            assertThat(c.itemId()).isEqualTo(item.id());
            assertThat(c.version()).isEqualTo(moved);
            assertThat(c.newerThan(moved - 1)).isTrue();
            assertThat(c.newerThan(moved)).as("what a page shows already").isFalse();
        });
        assertThat(currentItems.currentItem(meeting.id())).isEqualTo(item.id());
        leave.run();
    }

    @Test
    void aClosedPageIsRemovedAndHearsNothingMore() {
        Running running = scenarios.running("L.B.", "jgz");
        MeetingSummary meeting = running.meeting();
        AgendaEntry item = running.item();
        List<MeetingChanged> heard = new CopyOnWriteArrayList<>();
        signedIn.as("jgz");
        Runnable leave = room.join(meeting.id(), heard::add);
        assertThat(room.online(meeting.id())).hasSize(1);

        leave.run();
        signedIn.as("voorzitter");
        List<MeetingChanged> chairHeard = new CopyOnWriteArrayList<>();
        Runnable chairLeaves = room.join(meeting.id(), chairHeard::add);
        currentItems.discuss(meeting.id(), item.id(), meeting.version());

        eventually(() -> assertThat(chairHeard).extracting(MeetingChanged::change).contains(Change.CURRENT_ITEM));
        chairLeaves.run();
        assertThat(room.openPages(meeting.id())).isZero();
        assertThat(room.online(meeting.id())).isEmpty();
        assertThat(heard).isEmpty();
    }

    @Test
    void theOpenPagesHearWhoJoinsAndLeavesAndSeeTheirNames() {
        MeetingSummary meeting = scenarios.running("L.C.", "jgz").meeting();
        List<MeetingChanged> chairHeard = new CopyOnWriteArrayList<>();
        Runnable chairLeaves = room.join(meeting.id(), chairHeard::add);
        signedIn.as("jgz");
        Runnable jgzLeaves = room.join(meeting.id(), change -> {});

        assertThat(room.online(meeting.id())).hasSize(2);
        jgzLeaves.run();

        eventually(() -> assertThat(chairHeard).extracting(MeetingChanged::change)
                .containsExactly(Change.ONLINE, Change.ONLINE));
        assertThat(room.online(meeting.id())).hasSize(1);
        chairLeaves.run();
    }

    @Test
    void typingShowsUntilFiveSecondsWithoutASignalAndEndsAtOnceWhenThePageCloses() {
        Running running = scenarios.running("L.D.", "jgz");
        MeetingSummary meeting = running.meeting();
        long item = running.item().id();
        List<MeetingChanged> chairHeard = new CopyOnWriteArrayList<>();
        Runnable chairLeaves = room.join(meeting.id(), chairHeard::add);
        signedIn.as("jgz");
        MeetingRoom.Seat jgz = room.enter(meeting.id(), change -> {});
        eventually(() -> assertThat(chairHeard).isNotEmpty());
        chairHeard.clear();

        jgz.editing(item, SharedField.NOTES);
        room.stopSilentTyping(Instant.now().plusSeconds(3));
        eventually(() -> assertThat(chairHeard).extracting(MeetingChanged::change).containsExactly(Change.EDITING));

        room.stopSilentTyping(Instant.now().plusSeconds(6));
        eventually(() -> assertThat(chairHeard).extracting(MeetingChanged::change)
                .containsExactly(Change.EDITING, Change.EDITING_STOPPED));
        assertThat(chairHeard.get(1)).satisfies(stopped -> {
            assertThat(stopped.concerns(item, SharedField.NOTES)).isTrue();
            assertThat(stopped.by()).isEqualTo(chairHeard.get(0).by());
        });
        room.stopSilentTyping(Instant.now().plusSeconds(60));
        assertThat(chairHeard).hasSize(2);

        jgz.editing(item, SharedField.CONCLUSION);
        jgz.leave();
        eventually(() -> assertThat(chairHeard).extracting(MeetingChanged::change).endsWith(Change.EDITING,
                Change.EDITING_STOPPED, Change.ONLINE));
        assertThat(chairHeard.get(3).concerns(item, SharedField.CONCLUSION)).isTrue();
        chairLeaves.run();
    }

    @Test
    void somebodyNotInvitedCannotListenIn() {
        MeetingSummary meeting = scenarios.running("L.C.", "jgz").meeting();
        signedIn.as("huisarts");

        assertThatThrownBy(() -> room.join(meeting.id(), change -> {})).isInstanceOf(MeetingNotFoundException.class);
        assertThat(room.openPages(meeting.id())).isZero();
    }

    @Test
    void theChairsMoveReturnsWhileAnotherPageIsStillBusyAndThePagesAfterItHearItAtOnce() throws Exception {
        Running running = scenarios.running("L.E.", "jgz");
        MeetingSummary meeting = running.meeting();
        CountDownLatch slowPageMayGoOn = new CountDownLatch(1);
        List<MeetingChanged> slowHeard = new CopyOnWriteArrayList<>();
        List<MeetingChanged> quickHeard = new CopyOnWriteArrayList<>();
        signedIn.as("jgz");
        Runnable slowLeaves = room.join(meeting.id(), change -> {
            try {
                slowPageMayGoOn.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            slowHeard.add(change);
        });
        Runnable quickLeaves = room.join(meeting.id(), quickHeard::add);

        signedIn.as("voorzitter");
        currentItems.discuss(meeting.id(), running.item().id(), meeting.version());

        // On the chair's thread the slow page would still hold the move here.
        eventually(() -> assertThat(quickHeard).extracting(MeetingChanged::change).contains(Change.CURRENT_ITEM));
        assertThat(slowHeard).isEmpty();
        slowPageMayGoOn.countDown();
        eventually(() -> assertThat(slowHeard).extracting(MeetingChanged::change).contains(Change.CURRENT_ITEM));
        slowLeaves.run();
        quickLeaves.run();
    }

    @Test
    void eachPageHearsItsChangesInTheOrderTheyWereMade() {
        Running running = scenarios.running("L.F.", "jgz");
        MeetingSummary meeting = running.meeting();
        List<MeetingChanged> heard = new CopyOnWriteArrayList<>();
        Runnable chairLeaves = room.join(meeting.id(), heard::add);
        signedIn.as("jgz");
        MeetingRoom.Seat jgz = room.enter(meeting.id(), change -> {});
        eventually(() -> assertThat(heard).hasSize(1));
        heard.clear();

        List<SharedField> typed = new ArrayList<>();
        for (int signal = 0; signal < 200; signal++) {
            SharedField field = signal % 3 == 0 ? SharedField.CONCLUSION : SharedField.NOTES;
            typed.add(field);
            jgz.editing(running.item().id(), field);
        }

        eventually(() -> assertThat(heard).hasSize(200));
        assertThat(heard).extracting(MeetingChanged::field).containsExactlyElementsOf(typed);
        jgz.leave();
        chairLeaves.run();
    }

    @Test
    void aPageNotHeardFromWithinThePresenceTimeoutLeavesTheRoomAndHearsNothingMore() {
        Running running = scenarios.running("L.G.", "jgz");
        MeetingSummary meeting = running.meeting();
        List<MeetingChanged> chairHeard = new CopyOnWriteArrayList<>();
        Runnable chairLeaves = room.join(meeting.id(), chairHeard::add);
        signedIn.as("jgz");
        Instant entered = clock.instant();
        List<MeetingChanged> silentHeard = new CopyOnWriteArrayList<>();
        MeetingRoom.Seat silent = room.enterWithHeartbeat(meeting.id(), silentHeard::add);
        assertThat(room.online(meeting.id())).hasSize(2);

        room.leaveSilentPages(entered.plusSeconds(29));
        assertThat(room.online(meeting.id())).hasSize(2);
        assertThat(silent.inRoom()).isTrue();

        room.leaveSilentPages(entered.plusSeconds(31));
        assertThat(room.online(meeting.id())).hasSize(1);
        assertThat(silent.inRoom()).isFalse();
        eventually(() -> assertThat(chairHeard).extracting(MeetingChanged::change)
                .containsExactly(Change.ONLINE, Change.ONLINE));

        signedIn.as("voorzitter");
        currentItems.discuss(meeting.id(), running.item().id(), meeting.version());
        eventually(() -> assertThat(chairHeard).extracting(MeetingChanged::change).contains(Change.CURRENT_ITEM));
        assertThat(silentHeard).isEmpty();
        chairLeaves.run();
    }

    @Test
    void heartbeatsAndTheSweepKeepOneTimeTheApplicationsClock() {
        MeetingSummary meeting = scenarios.running("L.H.", "jgz").meeting();

        // The application's clock runs a year ahead of the wall clock: a page that just came is not silent.
        clock.runAhead(Duration.ofDays(400));
        signedIn.as("jgz");
        MeetingRoom.Seat page = room.enterWithHeartbeat(meeting.id(), change -> {});
        room.leaveSilentPages();
        assertThat(page.inRoom()).isTrue();

        // Twenty seconds later by that clock it beats again, and is still in twenty-five seconds on.
        clock.runAhead(Duration.ofDays(400).plusSeconds(20));
        page.heard();
        clock.runAhead(Duration.ofDays(400).plusSeconds(45));
        room.leaveSilentPages();
        assertThat(page.inRoom()).isTrue();

        // Thirty-one seconds after its last beat by the same clock it has left the room.
        clock.runAhead(Duration.ofDays(400).plusSeconds(51));
        room.leaveSilentPages();
        assertThat(page.inRoom()).isFalse();
        assertThat(room.online(meeting.id())).isEmpty();
    }
}
