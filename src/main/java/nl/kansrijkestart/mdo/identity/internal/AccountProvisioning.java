package nl.kansrijkestart.mdo.identity.internal;

import java.time.Clock;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Just-in-time provisioning: Keycloak owns who someone is and what they may do, but audit entries,
 * care teams and the user administration refer to rows in {@code user_account}. So every sign-in
 * through Keycloak creates or updates that row with the token's roles, discipline, organisation
 * (created when new), name, municipality scope and work phone. Such accounts have no password:
 * they cannot sign in locally.
 */
@Service
class AccountProvisioning {

    /**
     * A person's very first sign-in can arrive twice at once (two tabs, a double click): both see
     * no row, both insert, and the unique user name (or organisation name) refuses one of them.
     * The refused one tries again in a new transaction and then finds the row the other created.
     */
    private static final int ATTEMPTS = 3;

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AccountProvisioning(UserAccountRepository users, OrganisationRepository organisations, Clock clock,
            PlatformTransactionManager transactions) {
        this.users = users;
        this.organisations = organisations;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The account as Keycloak describes it now; it may still be disabled in this application. */
    UserAccount provision(KeycloakClaims person) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Objects.requireNonNull(transaction.execute(status -> createOrUpdate(person)));
            } catch (DataIntegrityViolationException createdAtTheSameTime) {
                if (attempt == ATTEMPTS) {
                    throw createdAtTheSameTime;
                }
            }
        }
    }

    private UserAccount createOrUpdate(KeycloakClaims person) {
        String name = Objects.requireNonNull(person.organisation(), "organisation");
        Organisation organisation = organisations.findByNameIgnoreCase(name)
                .orElseGet(() -> organisations.saveAndFlush(new Organisation(name)));
        var discipline = Objects.requireNonNull(person.discipline(), "discipline");
        UserAccount account = users.findByUsername(person.username())
                .map(existing -> {
                    existing.change(person.displayName(), discipline, organisation, person.roles());
                    return existing;
                })
                .orElseGet(() -> users.save(new UserAccount(person.username(), person.displayName(), discipline,
                        organisation, person.roles(), clock.instant())));
        account.setMunicipalityScope(person.municipalities());
        account.setWorkPhone(person.workPhone());
        return users.saveAndFlush(account);
    }
}
