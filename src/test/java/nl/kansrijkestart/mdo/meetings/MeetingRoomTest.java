package nl.kansrijkestart.mdo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios.Running;
import nl.kansrijkestart.mdo.meetings.MeetingChanged.Change;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Open pages of a meeting hear the chair's committed changes; closed pages are forgotten. */
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

    @AfterEach
    void signOut() {
        signedIn.nobody();
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
        currentItems.discuss(meeting.id(), item.id(), meeting.version());
        outcomes.record(item.id(), null, DISCUSSED);

        assertThat(heard).extracting(MeetingChanged::change).containsSubsequence(Change.CURRENT_ITEM, Change.OUTCOME);
        assertThat(heard).filteredOn(c -> c.change() == Change.CURRENT_ITEM).first()
                .satisfies(c -> assertThat(c.by()).isNotBlank());
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
        currentItems.discuss(meeting.id(), item.id(), meeting.version());

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

        assertThat(chairHeard).extracting(MeetingChanged::change).containsExactly(Change.ONLINE, Change.ONLINE);
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
        chairHeard.clear();

        jgz.editing(item, SharedField.NOTES);
        room.stopSilentTyping(Instant.now().plusSeconds(3));
        assertThat(chairHeard).extracting(MeetingChanged::change).containsExactly(Change.EDITING);

        room.stopSilentTyping(Instant.now().plusSeconds(6));
        assertThat(chairHeard).extracting(MeetingChanged::change).containsExactly(Change.EDITING, Change.EDITING_STOPPED);
        assertThat(chairHeard.get(1)).satisfies(stopped -> {
            assertThat(stopped.concerns(item, SharedField.NOTES)).isTrue();
            assertThat(stopped.by()).isEqualTo(chairHeard.get(0).by());
        });
        room.stopSilentTyping(Instant.now().plusSeconds(60));
        assertThat(chairHeard).hasSize(2);

        jgz.editing(item, SharedField.CONCLUSION);
        jgz.leave();
        assertThat(chairHeard).extracting(MeetingChanged::change).endsWith(Change.EDITING, Change.EDITING_STOPPED,
                Change.ONLINE);
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
}
