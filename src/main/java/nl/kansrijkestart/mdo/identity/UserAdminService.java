package nl.kansrijkestart.mdo.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.identity.internal.Organisation;
import nl.kansrijkestart.mdo.identity.internal.OrganisationRepository;
import nl.kansrijkestart.mdo.identity.internal.UserAccount;
import nl.kansrijkestart.mdo.identity.internal.UserAccountRepository;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AdministrationLog;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account management by the application manager (ADMIN): create, change (including the
 * municipalities a coordinator's counts are limited to), disable, unlock, reset.
 * When accounts are Keycloak's ({@link SignInMode}), only disabling and enabling remain here:
 * everything else would be overwritten at the person's next sign-in, so it is refused.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminService {

    /** Lower-case letters, digits, dot, dash and underscore; starts with a letter. */
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,49}");
    /** As the local offer's phone numbers: digits, spaces, +, - and parentheses. */
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{3,30}");
    public static final int PASSWORD_MIN = 12;
    private static final int PASSWORD_MAX = 128;

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final CurrentAuthentication authentication;
    private final SignInMode signInMode;
    private final MunicipalityService municipalities;
    private final AdministrationLog log;
    private final ApplicationEventPublisher events;

    UserAdminService(UserAccountRepository users, OrganisationRepository organisations,
            PasswordEncoder passwordEncoder, Clock clock, CurrentAuthentication authentication,
            SignInMode signInMode, MunicipalityService municipalities, AdministrationLog log,
            ApplicationEventPublisher events) {
        this.events = events;
        this.municipalities = municipalities;
        this.log = log;
        this.authentication = authentication;
        this.signInMode = signInMode;
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> findUsers(String filter, Pageable page) {
        return users.search(filter.strip().toLowerCase(Locale.ROOT), page).stream()
                .map(this::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public int countUsers(String filter) {
        return Math.toIntExact(users.countSearch(filter.strip().toLowerCase(Locale.ROOT)));
    }

    @Transactional
    public UserSummary createUser(UserDraft draft, @Nullable String initialPassword) {
        refuseWhenAccountsInKeycloak();
        InputRules rules = checked(draft, false);
        String username = draft.username() == null ? "" : draft.username().strip().toLowerCase(Locale.ROOT);
        rules.requiredText("username", draft.username(), UserAccount.USERNAME_MAX);
        if (!rules.hasProblemWith("username")) {
            rules.that("username", username, USERNAME.asMatchPredicate(), "user.username.invalid");
        }
        if (!rules.hasProblemWith("username") && users.existsByUsername(username)) {
            rules.problem("username", "user.username.taken", username);
        }
        checkPassword(rules, "password", initialPassword);
        Organisation organisation = organisationOrProblem(rules, draft.organisationId());
        rules.throwIfInvalid();
        UserAccount account = new UserAccount(username, draft.displayName().strip(), draft.discipline(),
                organisation, draft.roles(), clock.instant());
        account.setPasswordHash(passwordEncoder.encode(initialPassword));
        account.setMunicipalityScope(draft.municipalityScope());
        account.setWorkPhone(InputRules.normalise(draft.workPhone()));
        UserAccount saved = users.save(account);
        logged(AuditAction.CREATE, saved, describe(saved));
        return summary(saved);
    }

    @Transactional
    public UserSummary updateUser(long userId, long expectedVersion, UserDraft draft) {
        refuseWhenAccountsInKeycloak();
        UserAccount account = existing(userId, expectedVersion);
        InputRules rules = checked(draft, account.isServiceAccount());
        Organisation organisation = organisationOrProblem(rules, draft.organisationId());
        if (isCurrentUser(account) && !draft.roles().contains(Role.ADMIN)) {
            rules.problem("roles", "user.own-admin-role");
        }
        rules.throwIfInvalid();
        account.change(draft.displayName().strip(), draft.discipline(), organisation, draft.roles());
        account.setMunicipalityScope(draft.municipalityScope());
        account.setWorkPhone(InputRules.normalise(draft.workPhone()));
        UserAccount saved = users.saveAndFlush(account);
        logged(AuditAction.UPDATE, saved, describe(saved));
        events.publishEvent(new AccountChanged(saved.requireId()));
        return summary(saved);
    }

    @Transactional
    public UserSummary setEnabled(long userId, long expectedVersion, boolean enabled) {
        UserAccount account = existing(userId, expectedVersion);
        if (!enabled && isCurrentUser(account)) {
            throw new InvalidInputException("enabled", "user.disable-self");
        }
        account.setEnabled(enabled);
        UserAccount saved = users.saveAndFlush(account);
        logged(AuditAction.UPDATE, saved, enabled ? "enabled" : "disabled");
        events.publishEvent(new AccountChanged(saved.requireId()));
        return summary(saved);
    }

    @Transactional
    public UserSummary unlock(long userId, long expectedVersion) {
        refuseWhenAccountsInKeycloak();
        UserAccount account = existing(userId, expectedVersion);
        account.unlock();
        UserAccount saved = users.saveAndFlush(account);
        logged(AuditAction.UPDATE, saved, "unlocked");
        return summary(saved);
    }

    @Transactional
    public UserSummary resetPassword(long userId, long expectedVersion, @Nullable String newPassword) {
        refuseWhenAccountsInKeycloak();
        UserAccount account = existing(userId, expectedVersion);
        InputRules rules = InputRules.check();
        checkPassword(rules, "password", newPassword);
        rules.throwIfInvalid();
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.unlock();
        UserAccount saved = users.saveAndFlush(account);
        logged(AuditAction.UPDATE, saved, "password reset");
        return summary(saved);
    }

    /** Every change of an account is in the access log: who changed whose account, and to what. */
    private void logged(AuditAction action, UserAccount account, String change) {
        log.changed(action, "user", "account " + account.getUsername() + ": " + change);
    }

    private static String describe(UserAccount account) {
        return "roles=" + new TreeSet<>(account.getRoles()) + " discipline=" + account.getDiscipline()
                + " organisation=" + account.getOrganisation().requireId()
                + " scope=" + new TreeSet<>(account.getMunicipalityScope())
                + " workPhone=" + (account.getWorkPhone() == null ? "-" : account.getWorkPhone());
    }

    private void refuseWhenAccountsInKeycloak() {
        if (signInMode.accountsInKeycloak()) {
            throw new InvalidInputException("user", "user.managed-in-keycloak");
        }
    }

    private InputRules checked(UserDraft draft, boolean serviceAccount) {
        InputRules rules = InputRules.check()
                .requiredText("displayName", draft.displayName(), UserAccount.DISPLAY_NAME_MAX)
                .required("discipline", draft.discipline())
                .required("organisation", draft.organisationId())
                .that("workPhone", InputRules.normalise(draft.workPhone()), PHONE.asMatchPredicate(),
                        "user.work-phone.invalid");
        if (draft.roles().isEmpty()) {
            rules.problem("roles", "user.roles.required");
        }
        // A screening platform pushes results on behalf of people; a person never signs in as one.
        if (!serviceAccount && draft.roles().stream().anyMatch(Role::serviceAccountsOnly)) {
            rules.problem("roles", "user.roles.service-account-only");
        }
        if (!draft.municipalityScope().isEmpty()) {
            Set<String> known = municipalities.municipalities().stream().map(MunicipalitySummary::code)
                    .collect(Collectors.toSet());
            List<String> unknown = draft.municipalityScope().stream().filter(code -> !known.contains(code))
                    .sorted().toList();
            if (!draft.roles().contains(Role.COORDINATOR)) {
                rules.problem("municipalityScope", "user.scope.coordinator-only");
            } else if (!unknown.isEmpty()) {
                rules.problem("municipalityScope", "user.scope.unknown", String.join(", ", unknown));
            }
        }
        return rules;
    }

    private static void checkPassword(InputRules rules, String field, @Nullable String password) {
        rules.required(field, password);
        rules.that(field, password, p -> p.length() >= PASSWORD_MIN, "user.password.too-short", PASSWORD_MIN);
        rules.that(field, password, p -> p.length() <= PASSWORD_MAX, "validation.too-long", PASSWORD_MAX);
    }

    private @Nullable Organisation organisationOrProblem(InputRules rules, @Nullable Long organisationId) {
        if (organisationId == null) {
            return null;
        }
        return organisations.findById(organisationId).orElseGet(() -> {
            rules.problem("organisation", "organisation.unknown");
            return null;
        });
    }

    private UserAccount existing(long userId, long expectedVersion) {
        UserAccount account = users.findById(userId)
                .orElseThrow(() -> new InvalidInputException("user", "user.unknown"));
        if (account.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, userId);
        }
        return account;
    }

    private boolean isCurrentUser(UserAccount account) {
        return authentication.username().filter(account.getUsername()::equals).isPresent();
    }

    private UserSummary summary(UserAccount account) {
        return new UserSummary(account.requireId(), account.getVersion(), account.getUsername(),
                account.getDisplayName(), Set.copyOf(account.getRoles()), account.getDiscipline(),
                account.getOrganisation().requireId(), account.getOrganisation().getName(), account.isEnabled(),
                account.isLockedAt(clock.instant()), account.getPreferredLocale(), account.getLastLoginAt(),
                account.getMunicipalityScope(), account.isServiceAccount(), account.getWorkPhone());
    }
}
