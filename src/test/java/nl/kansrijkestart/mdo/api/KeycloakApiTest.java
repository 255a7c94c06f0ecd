package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.testing.KeycloakTest.APP;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.KeycloakServer;
import nl.kansrijkestart.mdo.testing.KeycloakTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API as OAuth2 resource server: tokens issued by the real Keycloak, and tokens it must refuse. */
@KeycloakTest
class KeycloakApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String FEED = "/api/v1/indicators/7?from=2025&grouping=region";

    @Autowired
    private AdjustableClock clock;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theIndicatorFeedClientReadsTheFeedAsItsServiceAccountWithCoordinatorRole() throws Exception {
        String token = feedToken();
        HttpResponse<String> feed = get(FEED, token);
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
        assertThat(JsonMapper.shared().readTree(feed.body()).get("indicator").asString()).isEqualTo("7");
        assertThat(jdbc.queryForList("select organisation from audit_entry where object = 'indicator-7'"
                + " and username = 'service-account-mdo-indicator-feed'", String.class))
                .as("the feed read is logged under the service account").contains("(service account)");

        HttpResponse<String> response = get("/api/v1/whoami", token);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode caller = JsonMapper.shared().readTree(response.body());
        assertThat(caller.get("name").asString()).isEqualTo("service-account-mdo-indicator-feed");
        assertThat(caller.get("roles").toString()).isEqualTo("[\"COORDINATOR\"]");
    }

    @Test
    void aRequestWithoutTokenIsUnauthorizedWithABearerChallenge() throws Exception {
        HttpResponse<String> response = get(FEED, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(response.body()).contains("Niet ingelogd");
    }

    @Test
    void anExpiredTokenIsUnauthorized() throws Exception {
        String token = feedToken();
        assertThat(get(FEED, token).statusCode()).isEqualTo(200);

        clock.runAhead(Duration.ofMinutes(7));

        assertThat(get(FEED, token).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthorized() throws Exception {
        SignedJWT real = SignedJWT.parse(feedToken());
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(real.getHeader().getKeyID()).build(), real.getJWTClaimsSet());
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));

        assertThat(get(FEED, forged.serialize()).statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForList("select username from audit_entry where outcome = 'FAILED'", String.class))
                .as("the access log records the refusal, never the token").contains("(bearer token)")
                .noneMatch(username -> username.startsWith("eyj"));
    }

    @Test
    void aProfessionalsTokenIsForbiddenAtTheIndicatorFeedButRegistersACase() throws Exception {
        String token = KeycloakServer.userToken("huisarts");

        HttpResponse<String> feed = get(FEED, token);
        assertThat(feed.statusCode()).isEqualTo(403);
        assertThat(feed.body()).contains("Geen toegang");

        HttpResponse<String> created = HTTP.send(request("/api/v1/cases", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(namedCase())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void aProfessionalsTokenCarriesHerWorkPhoneAndTheAccountItProvisionsGetsIt() throws Exception {
        String token = KeycloakServer.userToken("wijkteam");
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("phone_number")).isEqualTo("026 000 4107");
        jdbc.update("UPDATE user_account SET work_phone = NULL WHERE username = 'wijkteam'");

        HttpResponse<String> response = get("/api/v1/whoami", token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select work_phone from user_account where username = 'wijkteam'",
                String.class)).isEqualTo("026 000 4107");
    }

    @Test
    void aChairsTokenListsHerMeetingsWhereACoordinatorsTokenIsForbidden() throws Exception {
        HttpResponse<String> chair = get("/api/v1/meetings", KeycloakServer.userToken("voorzitter"));
        assertThat(chair.statusCode()).as(chair.body()).isEqualTo(200);
        assertThat(JsonMapper.shared().readTree(chair.body()).isArray()).isTrue();

        HttpResponse<String> coordinator = get("/api/v1/meetings", KeycloakServer.userToken("coordinator"));
        assertThat(coordinator.statusCode()).isEqualTo(403);
    }

    @Test
    void aCoordinatorsOwnTokenIsAnsweredWithHerName() throws Exception {
        HttpResponse<String> response = get("/api/v1/whoami", KeycloakServer.userToken("coordinator"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.shared().readTree(response.body()).get("name").asString()).isEqualTo("coordinator");
    }

    private static String feedToken() {
        return KeycloakServer.clientToken("mdo-indicator-feed", KeycloakServer.FEED_SECRET);
    }

    private static HttpResponse<String> get(String path, @Nullable String token)
            throws IOException, InterruptedException {
        return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path, @Nullable String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(APP + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static String namedCase() {
        return """
                {"type": "PREGNANCY", "anonymous": false, "initials": "K.C.", "parentBirthYear": 1996,
                 "expectedDueDate": "%s", "municipalityCode": "GM0202", "question": "Zorgen om schulden.",
                 "factors": ["FINANCIAL_PROBLEMS"],
                 "consent": {"basis": "CONSENT", "givenOn": "%s", "form": "WRITTEN", "givenBy": "CLIENT",
                             "discussInMeeting": true, "parentsAttend": false, "contactOtherProfessionals": false,
                             "sharedDisciplines": ["GP"]}}
                """.formatted(LocalDate.now().plusMonths(4), LocalDate.now());
    }
}
