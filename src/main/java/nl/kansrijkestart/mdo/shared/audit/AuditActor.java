package nl.kansrijkestart.mdo.shared.audit;

import org.jspecify.annotations.Nullable;

/**
 * Who acted, as the access log must show it: user, roles, discipline and organisation at the time
 * of the action (NEN 7513 "gebruiker").
 *
 * @param roles comma-separated role names, e.g. "CHAIR,PROFESSIONAL"
 */
public record AuditActor(String username, String roles, @Nullable String discipline, @Nullable String organisation) {

    /** For attempts without a known account, such as a sign-in with an unknown user name. */
    public static AuditActor unknown(String username) {
        return new AuditActor(username, "", null, null);
    }

    /** The application itself, for what it does on its own, such as erasing at the end of retention. */
    public static AuditActor system() {
        return new AuditActor("system", "SYSTEM", null, null);
    }
}
