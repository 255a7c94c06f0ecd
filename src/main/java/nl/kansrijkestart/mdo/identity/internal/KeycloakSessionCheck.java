package nl.kansrijkestart.mdo.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * A session signed in through Keycloak lasts only as long as Keycloak keeps renewing it. Once the
 * access token of the sign-in has expired (five minutes in the realm file), the next request of the
 * session asks Keycloak for a new one with the refresh token; Keycloak refuses when the person was
 * disabled there, her Keycloak session was ended (signed out everywhere, by an administrator or by
 * its own time limit) or the client may no longer sign her in, and the application then ends its
 * own session as well: the request goes on as anonymous and the browser is sent back to Keycloak.
 * So a change made only in Keycloak reaches a running session within the access token's lifetime,
 * without the application's administrator disabling the account here as well
 * ({@link SignedInAccountCheck} does that at once). When Keycloak cannot be reached the session
 * keeps going and the next request tries again: an outage of the identity provider does not sign
 * a running meeting out.
 */
class KeycloakSessionCheck extends SessionEndingFilter {

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakSessionCheck.class);

    private final OAuth2AuthorizedClientManager clients;

    KeycloakSessionCheck(OAuth2AuthorizedClientManager clients, SecurityContextHolderStrategy holder) {
        super(holder);
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = holder.getContext().getAuthentication();
        if (signedIn instanceof OAuth2AuthenticationToken token && !stillValid(token, request, response)) {
            endSession(request, response, signedIn);
        }
        chain.doFilter(request, response);
    }

    /** Renews the sign-in's tokens at Keycloak when they have expired; false when Keycloak refuses. */
    private boolean stillValid(OAuth2AuthenticationToken token, HttpServletRequest request,
            HttpServletResponse response) {
        OAuth2AuthorizeRequest authorize = OAuth2AuthorizeRequest
                .withClientRegistrationId(token.getAuthorizedClientRegistrationId())
                .principal(token)
                .attribute(HttpServletRequest.class.getName(), request)
                .attribute(HttpServletResponse.class.getName(), response)
                .build();
        try {
            if (clients.authorize(authorize) == null) {
                LOG.info("Session of {} ended: its Keycloak sign-in is no longer held", token.getName());
                return false;
            }
            return true;
        } catch (ClientAuthorizationException refused) {
            if (OAuth2ErrorCodes.INVALID_GRANT.equals(refused.getError().getErrorCode())) {
                LOG.info("Session of {} ended: Keycloak no longer renews its sign-in ({})", token.getName(),
                        refused.getError().getDescription());
                return false;
            }
            LOG.warn("Could not renew the Keycloak sign-in of {}; the session goes on: {}", token.getName(),
                    refused.getError());
            return true;
        } catch (OAuth2AuthorizationException | IllegalStateException unreachable) {
            LOG.warn("Could not renew the Keycloak sign-in of {}; the session goes on: {}", token.getName(),
                    unreachable.getMessage());
            return true;
        }
    }
}
