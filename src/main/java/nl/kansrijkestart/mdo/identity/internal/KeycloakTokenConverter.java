package nl.kansrijkestart.mdo.identity.internal;

import org.springframework.context.annotation.Profile;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The caller of an API request with a Keycloak access token (already checked for signature,
 * issuer, audience and lifetime): named by the Keycloak user name, with the realm roles that are
 * application roles. A person's token provisions their account like a browser sign-in, so the
 * case services find them; a service account (client credentials) carries no discipline or
 * organisation and gets no account. A person disabled here is refused (401, as for a bad token),
 * from the first request after the application manager disabled them, also with a token issued
 * before that.
 */
@Component
@Profile("keycloak")
class KeycloakTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AccountProvisioning accounts;

    KeycloakTokenConverter(AccountProvisioning accounts) {
        this.accounts = accounts;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        KeycloakClaims claims = KeycloakClaims.of(token);
        boolean person = claims.hasApplicationRole() && claims.describesPerson();
        if (person && !accounts.provision(claims).isEnabled()) {
            throw new DisabledException("Account " + claims.username() + " is disabled");
        }
        return new JwtAuthenticationToken(token, claims.authorities(), claims.username());
    }
}
