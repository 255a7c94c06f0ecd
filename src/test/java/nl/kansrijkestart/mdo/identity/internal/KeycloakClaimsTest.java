package nl.kansrijkestart.mdo.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** How a Keycloak token's claims become an application user, without a Keycloak. */
class KeycloakClaimsTest {

    @Test
    void realmRolesThatAreApplicationRolesBecomeRolesAndKeycloaksOwnRolesAreIgnored() {
        KeycloakClaims claims = KeycloakClaims.of(token(Map.of(
                "preferred_username", "Voorzitter",
                "name", "Vera Voorzitter",
                "realm_access", Map.of("roles", List.of("CHAIR", "PROFESSIONAL", "offline_access", "default-roles-mdo")),
                "discipline", "JGZ",
                "organisation", " JGZ Gelderland-Midden (demo) ")));

        assertThat(claims.username()).isEqualTo("voorzitter");
        assertThat(claims.displayName()).isEqualTo("Vera Voorzitter");
        assertThat(claims.roles()).containsExactlyInAnyOrder(Role.CHAIR, Role.PROFESSIONAL);
        assertThat(claims.authorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_CHAIR", "ROLE_PROFESSIONAL");
        assertThat(claims.discipline()).isEqualTo(Discipline.JGZ);
        assertThat(claims.organisation()).isEqualTo("JGZ Gelderland-Midden (demo)");
        assertThat(claims.describesPerson()).isTrue();
    }

    @Test
    void aServiceAccountHasRolesButDescribesNoPerson() {
        KeycloakClaims claims = KeycloakClaims.of(token(Map.of(
                "preferred_username", "service-account-mdo-indicator-feed",
                "realm_access", Map.of("roles", List.of("COORDINATOR")))));

        assertThat(claims.roles()).containsExactly(Role.COORDINATOR);
        assertThat(claims.displayName()).isEqualTo("service-account-mdo-indicator-feed");
        assertThat(claims.describesPerson()).isFalse();
    }

    @Test
    void withoutRealmRolesOrWithAnUnknownDisciplineThereIsNoRoleAndNoPerson() {
        KeycloakClaims claims = KeycloakClaims.of(token(Map.of(
                "preferred_username", "zonderrol", "discipline", "ASTRONAUT", "organisation", "Ergens")));

        assertThat(claims.hasApplicationRole()).isFalse();
        assertThat(claims.discipline()).isNull();
        assertThat(claims.describesPerson()).isFalse();
    }

    @Test
    void theMunicipalityScopeKeepsOnlyCbsCodes() {
        KeycloakClaims many = KeycloakClaims.of(token(Map.of("preferred_username", "coordinator",
                "municipalities", List.of("GM0202", " GM0228 ", "Arnhem", "GM12"))));
        assertThat(many.municipalities()).containsExactly("GM0202", "GM0228");

        KeycloakClaims one = KeycloakClaims.of(token(Map.of("preferred_username", "x", "municipalities", "GM0275")));
        assertThat(one.municipalities()).containsExactly("GM0275");

        KeycloakClaims none = KeycloakClaims.of(token(Map.of("preferred_username", "y")));
        assertThat(none.municipalities()).isEmpty();
    }

    @Test
    void theWorkPhoneComesFromTheStandardPhoneNumberClaimWhenItIsAPhoneNumber() {
        assertThat(KeycloakClaims.of(token(Map.of("preferred_username", "x", "phone_number", " 026 000 4103 ")))
                .workPhone()).isEqualTo("026 000 4103");
        assertThat(KeycloakClaims.of(token(Map.of("preferred_username", "x", "phone_number", "bel de receptie")))
                .workPhone()).isNull();
        assertThat(KeycloakClaims.of(token(Map.of("preferred_username", "x"))).workPhone()).isNull();
    }

    private static Jwt token(Map<String, Object> claims) {
        return new Jwt("token", Instant.now(), Instant.now().plusSeconds(300), Map.of("alg", "RS256"), claims);
    }
}
