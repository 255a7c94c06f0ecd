package nl.kansrijkestart.mdo.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kansrijkestart.mdo.identity.internal.UserAccount;
import nl.kansrijkestart.mdo.identity.internal.UserAccountRepository;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is signed in, and lookups of other users for pickers (contact person, care team). */
@Service
public class CurrentUserService {

    private final UserAccountRepository users;
    private final CurrentAuthentication authentication;

    CurrentUserService(UserAccountRepository users, CurrentAuthentication authentication) {
        this.users = users;
        this.authentication = authentication;
    }

    /**
     * The signed-in user; fails when nobody is signed in or the account no longer exists or is
     * disabled (a session of a disabled account also ends at its next request, but work already
     * under way, such as a push, must not go on in its name).
     */
    @Transactional(readOnly = true)
    public CurrentUser require() {
        String username = authentication.username()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Unknown account"));
        if (!account.isEnabled()) {
            throw new DisabledException("Account disabled");
        }
        return toCurrentUser(account);
    }

    /**
     * The signed-in user's account; empty for a caller without one, such as a machine client's
     * service account (client-credentials token), which has roles but no account.
     */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> signedIn() {
        return authentication.username().flatMap(users::findByUsername).map(CurrentUserService::toCurrentUser);
    }

    /** An enabled user by id, as a possible contact person or care-team member. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> enabledUser(long userId) {
        return users.findById(userId).filter(UserAccount::isEnabled).map(CurrentUserService::toCurrentUser);
    }

    /** How a user (enabled or not) is reached for her work: for the wegwijzer of a case she is contact person of. */
    @Transactional(readOnly = true)
    public Optional<WorkContact> workContact(long userId) {
        return users.findById(userId).map(account -> new WorkContact(account.requireId(), account.getDisplayName(),
                account.getOrganisation().getName(), account.getWorkPhone()));
    }

    /**
     * An enabled professional by user name: the person a machine client (a screening platform)
     * names as the one it acts for. Empty for an unknown, disabled or non-professional account.
     */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> enabledProfessional(String username) {
        return users.findByUsername(username).filter(UserAccount::isEnabled)
                .filter(account -> account.getRoles().contains(Role.PROFESSIONAL))
                .map(CurrentUserService::toCurrentUser);
    }

    /** Enabled professionals whose name or user name contains {@code text}, for pickers. */
    @Transactional(readOnly = true)
    public List<CurrentUser> enabledProfessionals(String text, int limit) {
        return users.searchEnabledWithRole(text.strip().toLowerCase(Locale.ROOT), Role.PROFESSIONAL,
                        PageRequest.of(0, limit, Sort.by("displayName")))
                .stream()
                .map(CurrentUserService::toCurrentUser)
                .toList();
    }

    /**
     * A page of enabled professionals whose name or user name contains {@code text}, of one
     * discipline unless it is null, by display name: for pickers that page, such as the API's.
     */
    @Transactional(readOnly = true)
    public Page<CurrentUser> enabledProfessionals(String text, @Nullable Discipline discipline, int page, int size) {
        return users.pageEnabledWithRole(text.strip().toLowerCase(Locale.ROOT), Role.PROFESSIONAL, discipline,
                        PageRequest.of(page, size, Sort.by("displayName").and(Sort.by("id"))))
                .map(CurrentUserService::toCurrentUser);
    }

    static CurrentUser toCurrentUser(UserAccount account) {
        return new CurrentUser(account.requireId(), account.getUsername(), account.getDisplayName(),
                account.getRoles(), account.getDiscipline(), account.getOrganisation().requireId(),
                account.getOrganisation().getName(), account.getMunicipalityScope(), account.isServiceAccount());
    }
}
