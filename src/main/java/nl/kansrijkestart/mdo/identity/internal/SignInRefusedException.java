package nl.kansrijkestart.mdo.identity.internal;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Keycloak knows the person, but this application does not let them in (no application role,
 * incomplete attributes, disabled here). Carries the ID token so that the refusal can end the
 * Keycloak session as well.
 */
class SignInRefusedException extends OAuth2AuthenticationException {

    private final String idToken;

    SignInRefusedException(String reason, String idToken) {
        super(new OAuth2Error("access_denied", reason, null), reason);
        this.idToken = idToken;
    }

    String idToken() {
        return idToken;
    }
}
