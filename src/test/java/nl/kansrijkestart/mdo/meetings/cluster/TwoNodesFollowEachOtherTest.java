package nl.kansrijkestart.mdo.meetings.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import nl.kansrijkestart.mdo.testing.ApplicationProcess;
import nl.kansrijkestart.mdo.testing.Browser;
import nl.kansrijkestart.mdo.testing.BrowserSession;
import nl.kansrijkestart.mdo.testing.PostgresqlAvailable;
import nl.kansrijkestart.mdo.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application as two nodes, two separate processes on random ports that share one PostgreSQL
 * schema and nothing else, as behind the load balancer of docker-compose.yml: the chair's page on
 * node A and a participant's page on node B follow each other live (presence, the current item,
 * the participant's notes with her typing marker, attendance, the chair's conclusion saved by
 * itself as it is typed, the recorded outcome, the notes amended after it), and when node B dies
 * its people leave the meeting at the chair's. The two nodes start at the same moment on an empty
 * schema, and the demo data is there once.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesFollowEachOtherTest {

    private static final String SCHEMA = "two_nodes";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Short heartbeats, so that a dead node is noticed within seconds. */
    private static final String[] CLUSTER = {"--mdo.cluster.relay=true", "--mdo.cluster.heartbeat=PT1S",
            "--mdo.cluster.node-timeout=PT4S"};

    /** Under target/, so that the nodes' logs and the screenshots of a failure stay for the report. */
    private static final Path DATA_DIR = Path.of("target", "two-nodes");

    private static ApplicationProcess nodeA;
    private static ApplicationProcess nodeB;
    private static JdbcTemplate database;

    @BeforeAll
    static void startTwoNodesTogether() throws Exception {
        PostgresqlAvailable.require(TwoNodesFollowEachOtherTest.class.getSimpleName());
        org.springframework.util.FileSystemUtils.deleteRecursively(DATA_DIR);
        String url = TestDatabase.emptySchemaUrl(SCHEMA);
        database = new JdbcTemplate(TestDatabase.postgresqlDataSource(url));
        nodeA = ApplicationProcess.nodeOf(Files.createDirectories(DATA_DIR.resolve("a")), url, CLUSTER);
        nodeB = ApplicationProcess.nodeOf(Files.createDirectories(DATA_DIR.resolve("b")), url, CLUSTER);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> start(nodeA));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> start(nodeB));
        CompletableFuture.allOf(a, b).join();
    }

    @AfterAll
    static void stopNodes() throws InterruptedException {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    @Order(1)
    void twoNodesStartingTogetherLoadTheDemoDataOnce() {
        assertThat(database.queryForObject("SELECT COUNT(*) FROM meeting", Integer.class)).isEqualTo(2);
        assertThat(database.queryForObject("SELECT COUNT(*) FROM agenda_item", Integer.class)).isEqualTo(3);
        assertThat(database.queryForObject("SELECT COUNT(*) FROM cluster_node", Integer.class)).isEqualTo(2);
    }

    @Test
    @Order(2)
    void theChairOnOneNodeAndAParticipantOnTheOtherFollowEachOtherLive() throws Exception {
        long meetingId = database.queryForObject("SELECT id FROM meeting WHERE type = 'MDO_VULNERABLE_PREGNANCY'",
                Long.class);
        long itemId = database.queryForObject("SELECT id FROM agenda_item WHERE meeting_id = ?"
                + " AND question LIKE 'Welke veilige route%'", Long.class, meetingId);
        String item = database.queryForObject("SELECT case_number FROM agenda_item WHERE id = ?", String.class,
                itemId);
        startableToday(meetingId);

        try (Browser browser = Browser.start()) {
            Page chair = openAs(browser, nodeA, "voorzitter", meetingId);
            Page midwife = openAs(browser, nodeB, "verloskundige", meetingId);
            try {
                followEachOther(chair, midwife, itemId, item);
            } catch (AssertionError failed) {
                screenshot(chair, "chair");
                screenshot(midwife, "midwife");
                throw failed;
            }
        }
    }

    private static void followEachOther(Page chair, Page midwife, long itemId, String item)
            throws InterruptedException {
        String card = "#agenda-item-" + item;
        // presence: each sees the other, though they are on different nodes
        assertThat(chair.locator("#live-presence")).hasAttribute("title", Pattern.compile(".*Marieke de Vries.*"));
        assertThat(midwife.locator("#live-presence")).hasAttribute("title", Pattern.compile(".*Vera Voorzitter.*"));

        // the current item, chosen on node A, at node B
        chair.locator("#start-meeting").click();
        chair.locator("#discuss-" + item).click();
        assertThat(midwife.locator(card + " #current-item")).isVisible();

        // notes typed on node B, with the typing marker, at node A
        midwife.locator("#notes textarea").fill("Veilige route via de huisarts.");
        assertThat(chair.locator("#notes-editing")).containsText("Marieke de Vries");
        assertThat(chair.locator("#notes textarea")).hasValue("Veilige route via de huisarts.");

        // attendance marked on node A, at node B
        chair.locator("#attendance vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Marieke de Vries"))
                .locator("input").check();
        assertThat(midwife.locator("#attendance p").filter(new Locator.FilterOptions().setHasText("Marieke de Vries")))
                .containsText(": aanwezig");

        // the conclusion typed on node A is saved by itself and reaches node B
        chair.locator("#conclusion-" + itemId + " textarea").fill("Huisarts begeleidt, JGZ huisbezoek.");
        assertThat(midwife.locator("#conclusion-" + itemId + " textarea"))
                .hasValue("Huisarts begeleidt, JGZ huisbezoek.");
        assertThat(database.queryForObject("SELECT conclusion FROM agenda_outcome WHERE agenda_item_id = ?",
                String.class, itemId)).isEqualTo("Huisarts begeleidt, JGZ huisbezoek.");

        // the outcome recorded on node A, at node B
        chair.locator("#save-outcome-" + item).click();
        assertThat(midwife.locator(card + " .agenda-outcome")).containsText("Besproken");
        assertThat(database.queryForObject("SELECT status FROM agenda_outcome WHERE agenda_item_id = ?",
                String.class, itemId)).isEqualTo("DISCUSSED");

        // and back: the notes amended on node B after the outcome, at node A
        String amended = "Veilige route via de huisarts; JGZ belt na de bevalling.";
        midwife.locator("#notes textarea").fill(amended);
        assertThat(chair.locator("#notes textarea")).hasValue(amended);

        // node B dies: the midwife leaves the meeting at the chair's within the node timeout
        nodeB.kill();
        assertThat(chair.locator("#live-presence")).not()
                .hasAttribute("title", Pattern.compile(".*Marieke de Vries.*"));
        assertThat(chair.locator("#live-presence")).hasAttribute("title", Pattern.compile(".*Vera Voorzitter.*"));
    }

    /**
     * The demo MDO is planned for today, or for tomorrow when the nodes started after 22:00
     * (Amsterdam), and a meeting starts on its planned day, never before. Late in the evening the
     * chair therefore moves it to today first, through node A's API as a chair would; in the last
     * two minutes of the day the test waits for tomorrow instead, the meeting's own day.
     */
    private static void startableToday(long meetingId) throws Exception {
        ZonedDateTime now = ZonedDateTime.now(AMSTERDAM);
        LocalDate planned = database.queryForObject("SELECT starts_at FROM meeting WHERE id = ?", Timestamp.class,
                meetingId).toInstant().atZone(AMSTERDAM).toLocalDate();
        if (!planned.isAfter(now.toLocalDate())) {
            return;
        }
        if (now.toLocalTime().isAfter(LocalTime.of(23, 57))) {
            Thread.sleep(Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(AMSTERDAM)).plusSeconds(1)
                    .toMillis());
            return;
        }
        HttpClient http = HttpClient.newHttpClient();
        String chair = ApplicationProcess.demoAccount("voorzitter");
        URI meeting = URI.create(nodeA.baseUrl() + "/api/v1/meetings/" + meetingId);
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(meeting).header("Authorization", chair).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        String schedule = """
                {"date": "%s", "startTime": "23:59", "durationMinutes": 120,
                 "place": "Stadskantoor Arnhem, zaal 2.14", "videoLink": "https://meet.example.nl/mdo-arnhem"}
                """.formatted(now.toLocalDate());
        HttpResponse<String> moved = http.send(HttpRequest.newBuilder(URI.create(meeting + "/schedule"))
                .header("Authorization", chair).header("Content-Type", "application/json")
                .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString(schedule)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    /** What the page showed when the test failed, under target/ for the build's report. */
    private static void screenshot(Page page, String who) {
        if (page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "two-nodes-" + who + ".png")));
        }
    }

    private static Page openAs(Browser browser, ApplicationProcess node, String username, long meetingId) {
        return BrowserSession.openMeeting(browser, node.baseUrl(), username, meetingId, 30_000);
    }

    private static void start(ApplicationProcess node) {
        try {
            node.start();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
