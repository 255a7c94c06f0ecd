package nl.kansrijkestart.mdo.identity.internal;

import java.time.Clock;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Just-in-time provisioning: Keycloak owns who someone is and what they may do, but audit entries,
 * care teams and the user administration refer to rows in {@code user_account}. So every sign-in
 * through Keycloak creates or updates that row with the token's roles, discipline, organisation
 * (created when new), name and municipality scope. Such accounts have no password: they cannot sign in locally.
 */
@Service
class AccountProvisioning {

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final Clock clock;

    AccountProvisioning(UserAccountRepository users, OrganisationRepository organisations, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The account as Keycloak describes it now; it may still be disabled in this application. */
    @Transactional
    UserAccount provision(KeycloakClaims person) {
        String name = Objects.requireNonNull(person.organisation(), "organisation");
        Organisation organisation = organisations.findByNameIgnoreCase(name)
                .orElseGet(() -> organisations.save(new Organisation(name)));
        var discipline = Objects.requireNonNull(person.discipline(), "discipline");
        UserAccount account = users.findByUsername(person.username())
                .map(existing -> {
                    existing.change(person.displayName(), discipline, organisation, person.roles());
                    return existing;
                })
                .orElseGet(() -> users.save(new UserAccount(person.username(), person.displayName(), discipline,
                        organisation, person.roles(), clock.instant())));
        account.setMunicipalityScope(person.municipalities());
        return account;
    }
}
