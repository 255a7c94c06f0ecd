package nl.kansrijkestart.mdo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import com.microsoft.playwright.Page;
import nl.kansrijkestart.mdo.testing.ApplicationProcess;
import nl.kansrijkestart.mdo.testing.Browser;
import nl.kansrijkestart.mdo.testing.BrowserSession;
import nl.kansrijkestart.mdo.testing.PostgresqlAvailable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The start with the Spring AOT code the build makes (process-aot; bin/start-production.sh turns it
 * on): the application starts from the generated code and behaves as in a regular start — sign-in
 * in a browser through the login page, the API's access rules, writes and reads. With a profile active, which the
 * generated code does not know, the application starts the regular way and says so. Tagged
 * "packaged": runs after the build's AOT processing (the "packaged" execution in pom.xml), on
 * PostgreSQL like a production installation, as a separate process started like
 * {@link AcknowledgedWritesSurviveAKillTest}'s.
 */
@Tag("packaged")
@ExtendWith(PostgresqlAvailable.class)
class SpringAotStartTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** The application's own logger at INFO: Spring Boot's start message says whether it is AOT-processed. */
    private static final String START_MESSAGES = "--logging.level.nl.kansrijkestart.mdo=INFO";

    @Test
    void theGeneratedCodeStartsAnApplicationThatSignsInAndKeepsItsAccessRules(@TempDir Path dataDir) throws Exception {
        try (ApplicationProcess application = ApplicationProcess.onAnEmptyTestDatabase(dataDir, START_MESSAGES)
                .withJvmOptions("-Dspring.aot.enabled=true").start()) {
            assertThat(application.log()).contains("Starting AOT-processed MdoApplication")
                    .doesNotContain("Starting without Spring AOT")
                    .as("the meeting relay, chosen at run time by the database (the build's was H2)")
                    .contains("Meeting changes are shared with the other nodes");

            String caseNumber = behavesAsInARegularStart(application);

            try (Browser browser = Browser.start()) {
                Page page = BrowserSession.signIn(browser, application.baseUrl(), "verloskundige");
                assertThat(page.locator("#current-user")).hasText("Marieke de Vries");
                page.navigate(application.baseUrl() + "/casussen/" + caseNumber);
                assertThat(page.locator("#case-tabs")).isVisible();
                assertThat(page.getByText(caseNumber).first()).isVisible();
            }
        }
    }

    @Test
    void withAProfileTheApplicationStartsTheRegularWayAndSaysWhy(@TempDir Path dataDir) throws Exception {
        // Without demo data: what a regular start does is what every other test shows.
        try (ApplicationProcess application = ApplicationProcess.onAnEmptyTestDatabase(dataDir, START_MESSAGES,
                "--spring.profiles.active=regio-test", "--mdo.demo-data.enabled=false")
                .withJvmOptions("-Dspring.aot.enabled=true").start()) {
            assertThat(application.log())
                    .contains("Starting without Spring AOT: the jar's Spring AOT code was made without a profile and for each of "
                            + "[keycloak] alone, and profiles [regio-test] are active")
                    .contains("Starting MdoApplication").doesNotContain("AOT-processed");

            assertThat(HTTP.send(get(application, "/login").build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).isEqualTo(200);
            assertThat(HTTP.send(get(application, "/api/v1/cases/KS-1").build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).as("without a sign-in").isEqualTo(401);
        }
    }

    /** Signs in, writes and reads through the API as in any start; gives the number of the case written. */
    private static String behavesAsInARegularStart(ApplicationProcess application) throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(application.baseUrl() + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).as("Vaadin's page in Dutch").contains("lang=\"nl\"");

        HttpResponse<String> created = send(application, "verloskundige", HttpRequest.newBuilder()
                .uri(URI.create(application.baseUrl() + "/api/v1/cases"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"type": "FAMILY", "anonymous": true, "municipalityCode": "GM0202",
                         "question": "Wie neemt de regie na de bevalling?"}
                        """)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseNumber = JsonMapper.shared().readTree(created.body()).get("caseNumber").asString();
        String path = "/api/v1/cases/" + caseNumber;

        HttpResponse<String> read = send(application, "verloskundige", get(application, path));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.shared().readTree(read.body()).get("question").asString())
                .isEqualTo("Wie neemt de regie na de bevalling?");
        assertThat(send(application, "coordinator", get(application, path)).statusCode())
                .as("a coordinator reads no case").isEqualTo(403);
        assertThat(HTTP.send(get(application, path).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("without a sign-in").isEqualTo(401);
        return caseNumber;
    }

    private static HttpRequest.Builder get(ApplicationProcess application, String path) {
        return HttpRequest.newBuilder(URI.create(application.baseUrl() + path)).GET();
    }

    private static HttpResponse<String> send(ApplicationProcess application, String user, HttpRequest.Builder request)
            throws Exception {
        return HTTP.send(request.header("Authorization", ApplicationProcess.demoAccount(user))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
