package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.MeetingChanged.Change;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Open pages of a meeting hear the chair's committed changes; closed pages are forgotten. */
@IntegrationTest
class MeetingRoomTest {

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
    private AgendaService agendas;

    @Autowired
    private CaseService cases;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aSecondParticipantHearsTheChairMoveTheItemAndSaveANote() {
        Running running = runningMeetingWith("L.A.");
        MeetingSummary meeting = running.meeting();
        AgendaEntry item = running.item();
        List<MeetingChanged> heard = new CopyOnWriteArrayList<>();
        signedIn.as("jgz");
        Runnable leave = room.join(meeting.id(), heard::add);

        signedIn.as("voorzitter");
        currentItems.discuss(meeting.id(), item.id());
        outcomes.record(item.id(), null, DISCUSSED);

        assertThat(heard).extracting(MeetingChanged::change).containsSubsequence(Change.CURRENT_ITEM, Change.OUTCOME);
        assertThat(heard).filteredOn(c -> c.change() == Change.CURRENT_ITEM).first()
                .satisfies(c -> assertThat(c.by()).isNotBlank());
        assertThat(currentItems.currentItem(meeting.id())).isEqualTo(item.id());
        leave.run();
    }

    @Test
    void aClosedPageIsRemovedAndHearsNothingMore() {
        Running running = runningMeetingWith("L.B.");
        MeetingSummary meeting = running.meeting();
        AgendaEntry item = running.item();
        List<MeetingChanged> heard = new CopyOnWriteArrayList<>();
        signedIn.as("jgz");
        Runnable leave = room.join(meeting.id(), heard::add);
        assertThat(room.online(meeting.id())).hasSize(1);

        leave.run();
        signedIn.as("voorzitter");
        currentItems.discuss(meeting.id(), item.id());

        assertThat(room.openPages(meeting.id())).isZero();
        assertThat(room.online(meeting.id())).isEmpty();
        assertThat(heard).isEmpty();
    }

    @Test
    void theOpenPagesHearWhoJoinsAndLeavesAndSeeTheirNames() {
        MeetingSummary meeting = runningMeetingWith("L.C.").meeting();
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
    void somebodyNotInvitedCannotListenIn() {
        MeetingSummary meeting = runningMeetingWith("L.C.").meeting();
        signedIn.as("huisarts");

        assertThatThrownBy(() -> room.join(meeting.id(), change -> {})).isInstanceOf(MeetingNotFoundException.class);
        assertThat(room.openPages(meeting.id())).isZero();
    }

    /** An accepted item of a meeting the chair has started; leaves the chair signed in. */
    private Running runningMeetingWith(String initials) {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(LocalDate.now().plusDays(9), Set.of(idOf(users, "jgz"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(planned.id(), created.caseNumber(), "Wie doet wat?", false);
        signedIn.as("voorzitter");
        AgendaEntry item = agendas.accept(request.id(), request.version());
        MeetingSummary current = meetings.open(planned.id());
        return new Running(outcomes.start(current.id(), current.version()), item);
    }

    private record Running(MeetingSummary meeting, AgendaEntry item) {}
}
