package nl.kansrijkestart.mdo.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * What a session signed in through Keycloak does when its renewal at Keycloak is refused, when
 * Keycloak cannot be reached and when its tokens are gone (the renewal against a real Keycloak is
 * in KeycloakSignInTest).
 */
class KeycloakSessionCheckTest {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void forget() {
        holder.clearContext();
    }

    @Test
    void aRefusedRenewalEndsTheSessionAndTheRequestGoesOnAsAnonymous() throws Exception {
        MockHttpServletRequest request = signedInRequest();

        MockFilterChain chain = filter(refusing(OAuth2ErrorCodes.INVALID_GRANT), request);

        assertThat(request.getSession(false)).as("session invalidated").isNull();
        assertThat(holder.getContext().getAuthentication()).isNull();
        assertThat(chain.getRequest()).as("the request went on").isNotNull();
    }

    @Test
    void aKeycloakThatCannotBeReachedLeavesTheSessionAsItIs() throws Exception {
        MockHttpServletRequest request = signedInRequest();

        filter(refusing("invalid_token_response"), request);

        assertThat(request.getSession(false)).isNotNull();
        assertThat(holder.getContext().getAuthentication()).isInstanceOf(OAuth2AuthenticationToken.class);
    }

    @Test
    void aSessionWhoseTokensAreGoneEnds() throws Exception {
        MockHttpServletRequest request = signedInRequest();

        filter(authorize -> null, request);

        assertThat(request.getSession(false)).isNull();
        assertThat(holder.getContext().getAuthentication()).isNull();
    }

    private MockFilterChain filter(OAuth2AuthorizedClientManager clients, MockHttpServletRequest request)
            throws Exception {
        MockFilterChain chain = new MockFilterChain();
        new KeycloakSessionCheck(clients, holder).doFilter(request, new MockHttpServletResponse(), chain);
        return chain;
    }

    private MockHttpServletRequest signedInRequest() {
        OidcIdToken idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", "1", KeycloakClaims.USERNAME, "kinderarts"));
        List<SimpleGrantedAuthority> roles = List.of(new SimpleGrantedAuthority("ROLE_PROFESSIONAL"));
        Authentication signedIn = new OAuth2AuthenticationToken(
                new DefaultOidcUser(roles, idToken, KeycloakClaims.USERNAME), roles, "keycloak");
        holder.setContext(new SecurityContextImpl(signedIn));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/casussen");
        request.getSession(true);
        return request;
    }

    private static OAuth2AuthorizedClientManager refusing(String errorCode) {
        return authorize -> {
            throw new ClientAuthorizationException(new OAuth2Error(errorCode), "keycloak");
        };
    }
}
