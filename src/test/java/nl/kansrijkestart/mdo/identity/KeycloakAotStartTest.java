package nl.kansrijkestart.mdo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import nl.kansrijkestart.mdo.testing.ApplicationProcess;
import nl.kansrijkestart.mdo.testing.KeycloakServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * A production start with sign-in through Keycloak (the "keycloak" profile) from the Spring AOT code
 * the build made for that profile (ProfileAotProcessor; bin/start-production.sh asks for AOT): the
 * application says it uses that code, sends a visitor to Keycloak to sign in, and its API takes the
 * realm's bearer tokens with the access rules of a regular start. Runs after the build's AOT
 * processing, in the "keycloak" execution, against the tests' Keycloak.
 */
@Tag("keycloak")
@ExtendWith(KeycloakServer.class)
class KeycloakAotStartTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theKeycloakProfilesOwnAotCodeStartsAnApplicationThatSignsInThroughKeycloak(@TempDir Path dataDir)
            throws Exception {
        try (ApplicationProcess application = ApplicationProcess.onAnEmptyTestDatabase(dataDir,
                        "--logging.level.nl.kansrijkestart.mdo=INFO", "--spring.profiles.active=keycloak",
                        "--mdo.keycloak.issuer=" + KeycloakServer.ISSUER)
                .withJvmOptions("-Dspring.aot.enabled=true").start()) {
            assertThat(application.log()).contains("Starting AOT-processed MdoApplication")
                    .contains("Starting with the Spring AOT code of profile keycloak")
                    .doesNotContain("Starting without Spring AOT");

            HttpResponse<String> home = HTTP.send(get(application, "/").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location")).as("sign-in through Keycloak, no local login form")
                    .hasValue(application.baseUrl() + "/oauth2/authorization/keycloak");
            HttpResponse<String> toKeycloak = HTTP.send(get(application, "/oauth2/authorization/keycloak").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(toKeycloak.statusCode()).isEqualTo(302);
            assertThat(toKeycloak.headers().firstValue("Location").orElseThrow())
                    .startsWith(KeycloakServer.ISSUER + "/protocol/openid-connect/auth?")
                    .contains("client_id=mdo-web");

            String midwife = KeycloakServer.userToken("verloskundige");
            HttpResponse<String> created = HTTP.send(get(application, "/api/v1/cases")
                    .header("Authorization", "Bearer " + midwife).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"type": "FAMILY", "anonymous": true, "municipalityCode": "GM0202",
                             "question": "Wie neemt de regie na de bevalling?"}
                            """)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String path = "/api/v1/cases/" + JsonMapper.shared().readTree(created.body()).get("caseNumber").asString();

            HttpResponse<String> read = HTTP.send(get(application, path).header("Authorization", "Bearer " + midwife)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(JsonMapper.shared().readTree(read.body()).get("question").asString())
                    .isEqualTo("Wie neemt de regie na de bevalling?");
            assertThat(HTTP.send(get(application, path).header("Authorization", "Bearer "
                            + KeycloakServer.userToken("coordinator")).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).as("a coordinator reads no case").isEqualTo(403);
            assertThat(HTTP.send(get(application, path).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .as("without a token").isEqualTo(401);
        }
    }

    private static HttpRequest.Builder get(ApplicationProcess application, String path) {
        return HttpRequest.newBuilder(URI.create(application.baseUrl() + path)).timeout(Duration.ofSeconds(30));
    }
}
