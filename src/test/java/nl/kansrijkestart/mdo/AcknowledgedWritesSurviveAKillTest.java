package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.kansrijkestart.mdo.testing.ApplicationProcess;
import nl.kansrijkestart.mdo.testing.PostgresqlAvailable;
import nl.kansrijkestart.mdo.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A write the application acknowledged survives the process being killed hard (kill -9) while
 * other writes are in flight: on the embedded H2 file database (which needs WRITE_DELAY=0) and on
 * PostgreSQL. The application runs as a separate process and is written to through the API; on
 * the embedded default, its database is the file under mdo.data-dir that the restart opens again.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
class AcknowledgedWritesSurviveAKillTest {

    /** Professionals of the demo data; each writes on her own, so no two writers share an account. */
    private static final List<String> WRITERS = List.of("verloskundige", "jgz", "wijkteam", "huisarts");
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 40;
    /** One client per writer, keeping her session cookie if the application sets one (saves a sign-in per write). */
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    /** Case number → who registered it and the question she was acknowledged for. */
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();

    record Acknowledged(String writer, String question) {}

    @Test
    void everyCaseTheApiAcknowledgedIsCompleteAfterAKillAndARestart(@TempDir Path dataDir) throws Exception {
        try (ApplicationProcess application = ApplicationProcess.onAnEmptyTestDatabase(dataDir).start()) {
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            for (String writer : WRITERS) {
                writers.add(Thread.ofPlatform().start(() -> writeUntilStopped(application, writer, writing)));
            }
            long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_THE_KILL && System.nanoTime() < giveUp) {
                Thread.sleep(20);
            }
            application.kill();
            writing.set(false);
            for (Thread writer : writers) {
                writer.join();
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_THE_KILL);
            if (!TestDatabase.isPostgresql()) {
                assertThat(dataDir.resolve("mdo.mv.db")).as("the embedded default's database file in mdo.data-dir")
                        .isRegularFile();
            }

            application.start();
            clients.clear();
            List<String> missing = new ArrayList<>();
            acknowledged.forEach((caseNumber, write) -> {
                if (!write.question().equals(questionOf(application, write.writer(), caseNumber))) {
                    missing.add(caseNumber);
                }
            });
            assertThat(missing).as("acknowledged cases lost or incomplete after kill -9, of " + acknowledged.size())
                    .isEmpty();
        }
    }

    private void writeUntilStopped(ApplicationProcess application, String writer, AtomicBoolean writing) {
        for (int i = 0; writing.get(); i++) {
            String question = "Schrijft " + writer + " nummer " + i + ": wie neemt de regie?";
            String body = """
                    {"type": "FAMILY", "anonymous": true, "municipalityCode": "GM0202", "question": "%s"}
                    """.formatted(question);
            try {
                HttpResponse<String> response = client(writer).send(request(application, writer, "/api/v1/cases")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    String caseNumber = JsonMapper.shared().readTree(response.body()).get("caseNumber").asString();
                    acknowledged.put(caseNumber, new Acknowledged(writer, question));
                }
            } catch (IOException killed) {
                // the process is gone: this write was never acknowledged
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The case's question as the API answers it after the restart, or null when it is not there. */
    private String questionOf(ApplicationProcess application, String writer, String caseNumber) {
        try {
            HttpResponse<String> response = client(writer).send(request(application, writer, "/api/v1/cases/" + caseNumber)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            JsonNode details = JsonMapper.shared().readTree(response.body());
            return details.get("question").asString();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpClient client(String writer) {
        return clients.computeIfAbsent(writer, name -> HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(2)).build());
    }

    private static HttpRequest.Builder request(ApplicationProcess application, String user, String path) {
        return HttpRequest.newBuilder(URI.create(application.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", ApplicationProcess.demoAccount(user));
    }
}
