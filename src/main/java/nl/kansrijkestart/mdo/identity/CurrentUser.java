package nl.kansrijkestart.mdo.identity;

import java.util.Set;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;

/**
 * The signed-in user as other modules need them: for access rules, care teams and the access log.
 * {@code municipalityScope} holds CBS codes the user works for; empty means not limited.
 * {@code serviceAccount} marks a machine client's local account (API only).
 */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, Discipline discipline,
        long organisationId, String organisationName, Set<String> municipalityScope, boolean serviceAccount) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public AuditActor asActor() {
        return new AuditActor(username, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                discipline.name(), organisationName);
    }
}
