package nl.kansrijkestart.mdo.identity.internal;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in through Keycloak, named by the Keycloak user name, with the account's access stamp. */
class KeycloakPerson extends DefaultOidcUser implements StampedSignIn {

    private final long accessStamp;

    KeycloakPerson(Collection<? extends GrantedAuthority> authorities, OidcUser user, long accessStamp) {
        super(authorities, user.getIdToken(), user.getUserInfo(), KeycloakClaims.USERNAME);
        this.accessStamp = accessStamp;
    }

    @Override
    public long accessStamp() {
        return accessStamp;
    }
}
