package nl.kansrijkestart.mdo.identity.internal;

import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Signs in a person coming back from Keycloak: their realm roles become the application roles,
 * their account row is provisioned, and the principal's name is the Keycloak user name so that
 * everything looking users up by name keeps working. Someone without an application role, without
 * discipline or organisation, or disabled here is refused (and the refusal is logged).
 */
@Component
@Profile("keycloak")
class KeycloakUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService keycloak = new OidcUserService();
    private final AccountProvisioning accounts;
    private final LoginAttempts attempts;

    KeycloakUserService(AccountProvisioning accounts, LoginAttempts attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = keycloak.loadUser(request);
        KeycloakClaims claims = KeycloakClaims.of(user);
        String idToken = request.getIdToken().getTokenValue();
        if (!claims.hasApplicationRole()) {
            throw refused(claims, "no application role in Keycloak", idToken);
        }
        if (!claims.describesPerson()) {
            throw refused(claims, "discipline or organisation missing in Keycloak", idToken);
        }
        UserAccount account = accounts.provision(claims);
        if (!account.isEnabled()) {
            throw refused(claims, "account disabled", idToken);
        }
        return new KeycloakPerson(claims.authorities(), user, account.getAccessStamp());
    }

    private SignInRefusedException refused(KeycloakClaims claims, String reason, String idToken) {
        attempts.refusedByIdentityProvider(claims.username(), reason);
        return new SignInRefusedException(reason, idToken);
    }
}
