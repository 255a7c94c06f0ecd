package nl.kansrijkestart.mdo.meetings.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.ConsentService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.CurrentItemService;
import nl.kansrijkestart.mdo.meetings.MeetingChanged;
import nl.kansrijkestart.mdo.meetings.MeetingChanged.Change;
import nl.kansrijkestart.mdo.meetings.MeetingFixtures;
import nl.kansrijkestart.mdo.meetings.MeetingRoom;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios.Running;
import nl.kansrijkestart.mdo.meetings.Referral;
import nl.kansrijkestart.mdo.meetings.ReferralService;
import nl.kansrijkestart.mdo.meetings.ReferralStatus;
import nl.kansrijkestart.mdo.meetings.SharedField;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * This node's relay against the real PostgreSQL, with the other node played over plain JDBC as
 * any node would speak: LISTEN/NOTIFY on the schema's channel and the presence tables. Only on
 * PostgreSQL: the embedded H2 database has one node and no relay.
 */
@IntegrationTest
@Tag("database")
@EnabledIfSystemProperty(named = "mdo.test.database", matches = "postgresql")
@TestPropertySource(properties = {"mdo.cluster.relay=true", "mdo.cluster.heartbeat=PT0.5S",
        "mdo.cluster.node-timeout=PT4S"})
class PostgresMeetingRelayTest {

    private static final String OTHER_NODE = "other-node-of-the-relay-test";

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private MeetingRoom room;

    @Autowired
    private CurrentItemService currentItems;

    @Autowired
    private PostgresMeetingRelay relay;

    @Autowired
    private ReferralService referrals;

    @Autowired
    private LocalOfferService offers;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private CaseService cases;

    @Autowired
    private ConsentService consents;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    private final List<Runnable> leave = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        leave.forEach(Runnable::run);
        signedIn.nobody();
        jdbc.update("DELETE FROM cluster_node WHERE node_id = ?", OTHER_NODE);
    }

    @Test
    void aChangeMadeHereReachesTheOtherNodesAsIdsAndKindsOnly() throws SQLException {
        Running running = scenarios.running("N.A.", "jgz");
        try (Connection other = dataSource.getConnection()) {
            listen(other);

            signedIn.as("voorzitter");
            long moved = currentItems.discuss(running.meeting().id(), running.item().id(),
                    running.meeting().version());

            List<String> heard = heard(other, payload -> payload.contains("CURRENT_ITEM"));
            RelayMessage message = RelayMessage.parse(heard.getFirst());
            assertThat(message.origin()).isEqualTo(relay.node());
            assertThat(message.meeting()).isEqualTo(running.meeting().id());
            assertThat(message.by()).as("no name where the pages show none").isEmpty();
            assertThat(message.item()).as("the item now discussed").isEqualTo(running.item().id());
            assertThat(message.version()).as("the meeting's version after the move").isEqualTo(moved);
            assertThat(message.toChange().newerThan(moved - 1)).isTrue();
            assertThat(heard.getFirst()).doesNotContain("Wat is nodig?").doesNotContain(running.caseNumber())
                    .doesNotContain("N.A.");
            unlisten(other);
        }
    }

    @Test
    void aReferralMovedOnAfterTheMeetingReachesTheOtherNodesAsItsItemAndKindOnly() throws SQLException {
        Running running = scenarios.running("N.F.", "jgz");
        long offer = offers.offers().stream().filter(o -> o.code().equals("VOORZORG")).findFirst().orElseThrow().id();
        Referral referral = referrals.create(running.caseNumber(), running.item().id(), offer,
                MeetingFixtures.idOf(users, "verloskundige"));
        try (Connection other = dataSource.getConnection()) {
            listen(other);

            signedIn.as("verloskundige");
            referrals.move(referral.id(), referral.version(), ReferralStatus.REFERRED,
                    LocalDate.now(), null);

            List<String> heard = heard(other, payload -> payload.contains("REFERRALS"));
            RelayMessage message = RelayMessage.parse(heard.getFirst());
            assertThat(message.origin()).isEqualTo(relay.node());
            assertThat(message.meeting()).isEqualTo(running.meeting().id());
            assertThat(message.item()).as("the item whose referrals changed").isEqualTo(running.item().id());
            assertThat(message.by()).as("no name where the pages show none").isEmpty();
            assertThat(heard.getFirst()).doesNotContain(running.caseNumber()).doesNotContain("VoorZorg")
                    .doesNotContain("Verwezen").doesNotContain("REFERRED");
            unlisten(other);
        }
    }

    @Test
    void aChangeOfWhoMaySeeWhatReachesTheOtherNodesAndComesInFromThemAsAMeetingAndAKindOnly()
            throws SQLException {
        Running running = scenarios.running("N.W.", "jgz");
        long meetingId = running.meeting().id();
        try (Connection other = dataSource.getConnection()) {
            listen(other);

            signedIn.as("verloskundige");
            CaseDetails details = cases.open(running.caseNumber());
            consents.withdraw(running.caseNumber(), details.version(), details.consents().getFirst().id(), null);

            List<String> heard = heard(other, payload -> payload.contains("ACCESS"));
            RelayMessage message = RelayMessage.parse(heard.getFirst());
            assertThat(message.meeting()).isEqualTo(meetingId);
            assertThat(message.toChange()).isEqualTo(MeetingChanged.access(meetingId));
            assertThat(heard.getFirst()).doesNotContain(running.caseNumber()).doesNotContain("N.W.");
            unlisten(other);
        }

        List<MeetingChanged> page = openPage("jgz", meetingId);
        notifyAsOtherNode(meetingId, "ACCESS", null, null, "");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page)
                .contains(MeetingChanged.access(meetingId)));
    }


    @Test
    void aChangeFromAnotherNodeReachesThePagesHereAndTheirTypingEndsWhenThatNodeFallsSilent() {
        Running running = scenarios.running("N.B.", "jgz");
        long meetingId = running.meeting().id();
        List<MeetingChanged> page = openPage("jgz", meetingId);

        notifyAsOtherNode(meetingId, "NOTES", running.item().id(), "NOTES", "");
        notifyAsOtherNode(meetingId, "EDITING", running.item().id(), "NOTES", "Iemand Elders");
        notifyAsOtherNode("{\"origin\":\"" + OTHER_NODE + "\",\"meeting\":" + meetingId
                + ",\"change\":\"CURRENT_ITEM\",\"item\":" + running.item().id()
                + ",\"field\":null,\"by\":\"\",\"version\":4711}");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page).anySatisfy(change -> {
            assertThat(change.change()).isEqualTo(Change.NOTES);
            assertThat(change.concerns(running.item().id(), SharedField.NOTES)).isTrue();
        }).anySatisfy(change -> assertThat(change).extracting(MeetingChanged::change, MeetingChanged::by)
                .containsExactly(Change.EDITING, "Iemand Elders"))
                .anySatisfy(change -> assertThat(change).extracting(MeetingChanged::change, MeetingChanged::itemId,
                        MeetingChanged::version).containsExactly(Change.CURRENT_ITEM, running.item().id(), 4711L)));
        // the other node never says the typing stopped (it died): the marker ends all the same
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(page).anySatisfy(change ->
                assertThat(change).extracting(MeetingChanged::change, MeetingChanged::by)
                        .containsExactly(Change.EDITING_STOPPED, "Iemand Elders")));
    }

    @Test
    void whoHasTheMeetingOpenOnAnotherNodeIsOnlineHereUntilThatNodeFallsSilent() {
        Running running = scenarios.running("N.C.", "jgz");
        long meetingId = running.meeting().id();
        List<MeetingChanged> page = openPage("jgz", meetingId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT display_name FROM meeting_presence WHERE meeting_id = ? AND node_id = ?", String.class,
                meetingId, relay.node())).containsExactly("Joost Jansen"));

        jdbc.update("INSERT INTO cluster_node (node_id, started_at, heartbeat_at)"
                + " VALUES (?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", OTHER_NODE);
        jdbc.update("INSERT INTO meeting_presence (node_id, meeting_id, display_name) VALUES (?, ?, ?)", OTHER_NODE,
                meetingId, "Iemand Elders");
        notifyAsOtherNode(meetingId, "ONLINE", null, null, "Iemand Elders");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(room.online(meetingId)).contains("Iemand Elders", "Joost Jansen"));
        int heardBefore = page.size();

        // the other node's heartbeat stops: after the node timeout its people have left
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(room.online(meetingId)).containsExactly("Joost Jansen"));
        assertThat(page.subList(heardBefore, page.size())).extracting(MeetingChanged::change).contains(Change.ONLINE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cluster_node WHERE node_id = ?", Integer.class,
                OTHER_NODE)).as("the dead node is removed").isZero();
    }

    @Test
    void afterALostConnectionThePagesHereReadTheirMeetingAgain() {
        Running running = scenarios.running("N.D.", "jgz");
        List<MeetingChanged> page = openPage("jgz", running.meeting().id());

        jdbc.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?",
                ("mdo-relay " + relay.node()).substring(0, Math.min(63, relay.node().length() + 10)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(page).extracting(MeetingChanged::change).contains(Change.RESYNC));
    }

    @Test
    void eachSchemaHasAChannelOfItsOwn() {
        assertThat(PostgresMeetingRelay.channelOf("public")).isEqualTo("mdo_meetings_public");
        assertThat(PostgresMeetingRelay.channelOf("Two-Nodes")).isEqualTo("mdo_meetings_two_nodes");
    }

    private List<MeetingChanged> openPage(String username, long meetingId) {
        List<MeetingChanged> heard = new CopyOnWriteArrayList<>();
        signedIn.as(username);
        leave.add(room.join(meetingId, heard::add));
        signedIn.nobody();
        return heard;
    }

    /** A message as a node sends it that carries no version (as before moves carried theirs). */
    private void notifyAsOtherNode(long meetingId, String change, Long item, String field, String by) {
        String payload = "{\"origin\":\"" + OTHER_NODE + "\",\"meeting\":" + meetingId + ",\"change\":\"" + change
                + "\",\"item\":" + item + ",\"field\":" + (field == null ? "null" : "\"" + field + "\"")
                + ",\"by\":\"" + by + "\"}";
        notifyAsOtherNode(payload);
    }

    private void notifyAsOtherNode(String payload) {
        jdbc.query("SELECT pg_notify(?, ?)", rs -> null, channel(), payload);
    }

    private String channel() {
        return PostgresMeetingRelay.channelOf(jdbc.queryForObject("SELECT current_schema()", String.class));
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + channel());
        }
    }

    private void unlisten(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
        }
    }

    private static List<String> heard(Connection connection, java.util.function.Predicate<String> wanted)
            throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        List<String> heard = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until && heard.stream().noneMatch(wanted)) {
            PGNotification[] notifications = pg.getNotifications(500);
            if (notifications != null) {
                Arrays.stream(notifications).map(PGNotification::getParameter).forEach(heard::add);
            }
        }
        return heard.stream().filter(wanted).toList();
    }
}
