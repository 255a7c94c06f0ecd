package nl.kansrijkestart.mdo.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts created and kept up to date from Keycloak sign-ins, on H2 and on PostgreSQL. */
@IntegrationTest
@Tag("database")
class AccountProvisioningTest {

    private static final String ORGANISATION = "JGZ Provisioningtest";

    @Autowired
    private AccountProvisioning provisioning;

    @Autowired
    private UserAccountRepository users;

    @Autowired
    private OrganisationRepository organisations;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void aFirstSignInCreatesTheAccountAndALaterOneUpdatesItFromTheToken() {
        organisation();
        provisioning.provision(claims("eerste.keer", Discipline.JGZ, "Nieuwe Organisatie Provisioning"));
        provisioning.provision(claims("eerste.keer", Discipline.SOCIAL_TEAM, ORGANISATION));

        UserAccount account = users.findByUsername("eerste.keer").orElseThrow();
        assertThat(account.getDiscipline()).isEqualTo(Discipline.SOCIAL_TEAM);
        assertThat(account.getOrganisation().getName()).isEqualTo(ORGANISATION);
        assertThat(account.getPasswordHash()).isNull();
        assertThat(organisations.findByNameIgnoreCase("Nieuwe Organisatie Provisioning")).isPresent();
    }

    @Test
    void twoFirstSignInsOfOnePersonAtTheSameTimeEndWithOneAccountAndNoError() throws Exception {
        Organisation organisation = organisation();
        CountDownLatch otherInserted = new CountDownLatch(1);
        ExecutorService otherTab = Executors.newSingleThreadExecutor();
        try {
            // The other tab's sign-in has inserted the row but not yet committed when this one starts.
            Future<?> other = otherTab.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                users.saveAndFlush(new UserAccount("tegelijk", "Tegelijk Ingelogd", Discipline.JGZ, organisation,
                        Set.of(Role.PROFESSIONAL), Instant.parse("2026-11-30T09:00:00Z")));
                otherInserted.countDown();
                pause();
            }));
            assertThat(otherInserted.await(10, TimeUnit.SECONDS)).isTrue();

            UserAccount account = provisioning.provision(claims("tegelijk", Discipline.MIDWIFE, ORGANISATION));

            other.get(10, TimeUnit.SECONDS);
            assertThat(account.getDiscipline()).isEqualTo(Discipline.MIDWIFE);
        } finally {
            otherTab.shutdownNow();
        }
        assertThat(users.findAll()).filteredOn(user -> user.getUsername().equals("tegelijk")).hasSize(1)
                .first().extracting(UserAccount::getDiscipline).isEqualTo(Discipline.MIDWIFE);
    }

    @Test
    void theAccessStampRisesOnlyWhenKeycloakChangesWhatThePersonMayDo() {
        organisation();
        long first = provisioning.provision(claims("stempel", Discipline.JGZ, ORGANISATION)).getAccessStamp();
        assertThat(provisioning.provision(claims("stempel", Discipline.JGZ, ORGANISATION)).getAccessStamp())
                .as("an unchanged sign-in").isEqualTo(first);
        assertThat(provisioning.provision(new KeycloakClaims("stempel", "Naam van stempel",
                Set.of(Role.PROFESSIONAL, Role.CHAIR), Discipline.JGZ, ORGANISATION, Set.of("GM0202")))
                .getAccessStamp()).as("a role more").isGreaterThan(first);
    }

    @Test
    void aDisabledPersonsTokenIsRefusedAtTheNextApiRequest() {
        organisation();
        KeycloakTokenConverter converter = new KeycloakTokenConverter(provisioning);
        Jwt token = Jwt.withTokenValue("token").header("alg", "RS256")
                .claim(KeycloakClaims.USERNAME, "token.uit").claim("name", "Token Uit")
                .claim("realm_access", Map.of("roles", List.of("PROFESSIONAL")))
                .claim("discipline", "JGZ").claim("organisation", ORGANISATION).build();
        assertThat(converter.convert(token).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_PROFESSIONAL");

        new TransactionTemplate(transactions).executeWithoutResult(tx ->
                users.findByUsername("token.uit").orElseThrow().setEnabled(false));

        assertThatThrownBy(() -> converter.convert(token)).isInstanceOf(DisabledException.class);
    }

    /** Committed before the sign-ins, as an existing organisation would be; the tests need no demo data. */
    private Organisation organisation() {
        return organisations.findByNameIgnoreCase(ORGANISATION)
                .orElseGet(() -> organisations.saveAndFlush(new Organisation(ORGANISATION)));
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static KeycloakClaims claims(String username, Discipline discipline, String organisation) {
        return new KeycloakClaims(username, "Naam van " + username, Set.of(Role.PROFESSIONAL), discipline,
                organisation, Set.of("GM0202"));
    }
}
