package nl.kansrijkestart.mdo.identity;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where people sign in and where their accounts are kept: locally (login form, passwords in
 * {@code user_account}) or in Keycloak (the profile "keycloak" sets {@code mdo.security.sign-in=keycloak}).
 * With Keycloak, roles, discipline, organisation and passwords are Keycloak's: the application
 * must not offer a local login form or change those here, because the next sign-in would
 * overwrite them; it can still disable an account.
 */
@Component
public class SignInMode {

    /** Where the browser starts the OpenID Connect sign-in with Keycloak. */
    public static final String KEYCLOAK_SIGN_IN_PATH = "/oauth2/authorization/keycloak";

    private final boolean keycloak;

    SignInMode(@Value("${mdo.security.sign-in:local}") String mode) {
        this.keycloak = switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "local" -> false;
            case "keycloak" -> true;
            default -> throw new IllegalStateException(
                    "mdo.security.sign-in must be 'local' or 'keycloak', not '" + mode + "'");
        };
    }

    /** True when accounts, roles and passwords are managed in Keycloak, not in this application. */
    public boolean accountsInKeycloak() {
        return keycloak;
    }
}
