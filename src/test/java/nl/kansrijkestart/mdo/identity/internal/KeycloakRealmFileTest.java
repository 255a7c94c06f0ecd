package nl.kansrijkestart.mdo.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the realm file (config/keycloak/mdo-realm.json) promises the application about a person's
 * work phone, checked without a Keycloak: the attribute is part of the user profile (Keycloak keeps
 * no undeclared attribute), both clients that sign people in put it into the standard
 * {@code phone_number} claim of every token the application reads, and the demo users carry the
 * numbers of the embedded demo accounts in a form the application accepts. The Keycloak tests
 * (KeycloakSignInTest, KeycloakApiTest) check that the claim reaches the account.
 */
class KeycloakRealmFileTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static JsonNode realm;

    @BeforeAll
    static void read() throws IOException {
        realm = JSON.readTree(Path.of("config/keycloak/mdo-realm.json").toFile());
    }

    @Test
    void theUserProfileDeclaresTheWorkPhoneWhichOnlyTheAdministratorEdits() {
        JsonNode profile = JSON.readTree(realm.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config"
                + "/kc.user.profile.config/0").asString());
        JsonNode phone = stream(profile.path("attributes")).filter(a -> a.path("name").asString().equals("phoneNumber"))
                .findFirst().orElseThrow(() -> new AssertionError("no phoneNumber in the user profile"));

        assertThat(phone.at("/permissions/edit").toString()).isEqualTo("[\"admin\"]");
        assertThat(phone.path("multivalued").asBoolean()).isFalse();
        assertThat(phone.at("/validations/pattern/pattern").asString()).isEqualTo("^[0-9+() -]{3,30}$");
    }

    @Test
    void theClientsThatSignPeopleInMapTheWorkPhoneToThePhoneNumberClaimOfEveryToken() {
        for (String clientId : List.of("mdo-web", "mdo-api-demo")) {
            JsonNode client = stream(realm.path("clients")).filter(c -> c.path("clientId").asString().equals(clientId))
                    .findFirst().orElseThrow();
            JsonNode mapper = stream(client.path("protocolMappers"))
                    .filter(m -> m.at("/config/claim.name").asString().equals("phone_number")).findFirst()
                    .orElseThrow(() -> new AssertionError("no phone_number mapper in " + clientId));

            assertThat(mapper.path("protocolMapper").asString()).isEqualTo("oidc-usermodel-attribute-mapper");
            JsonNode config = mapper.path("config");
            assertThat(config.path("user.attribute").asString()).isEqualTo("phoneNumber");
            assertThat(List.of("id.token.claim", "access.token.claim", "userinfo.token.claim"))
                    .as(clientId).allSatisfy(token -> assertThat(config.path(token).asString()).isEqualTo("true"));
        }
    }

    @Test
    void theDemoUsersCarryTheNumbersOfTheDemoAccountsInAFormTheApplicationAccepts() {
        Map<String, String> phones = new HashMap<>();
        stream(realm.path("users")).filter(user -> user.at("/attributes/phoneNumber/0").isString())
                .forEach(user -> phones.put(user.path("username").asString(),
                        user.at("/attributes/phoneNumber/0").asString()));

        assertThat(phones).isEqualTo(DemoUsers.PHONES);
        phones.forEach((username, phone) -> assertThat(KeycloakClaims.of(token(username, phone)).workPhone())
                .as(username).isEqualTo(phone));
    }

    private static Jwt token(String username, String phone) {
        return new Jwt("token", Instant.now(), Instant.now().plusSeconds(300), Map.of("alg", "RS256"),
                Map.of("preferred_username", username, "phone_number", phone));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
