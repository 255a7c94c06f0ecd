package nl.kansrijkestart.mdo.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kansrijkestart.mdo.identity.ui.NoAccessView;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a refused or failed Keycloak sign-in ends: the "no access" page. A refused person is first
 * signed out of Keycloak too (RP-initiated logout with their ID token); otherwise "sign in again"
 * would silently return the same refused account instead of offering the sign-in form.
 */
class KeycloakSignInFailure implements AuthenticationFailureHandler {

    private final ClientRegistrationRepository registrations;
    private final String registrationId;

    KeycloakSignInFailure(ClientRegistrationRepository registrations, String registrationId) {
        this.registrations = registrations;
        this.registrationId = registrationId;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        String baseUrl = UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
                .replacePath(request.getContextPath()).replaceQuery(null).build().toUriString();
        if (failure instanceof SignInRefusedException refused && endSessionEndpoint() instanceof String endSession) {
            response.sendRedirect(UriComponentsBuilder.fromUriString(endSession)
                    .queryParam("id_token_hint", refused.idToken())
                    .queryParam("post_logout_redirect_uri", baseUrl + "/" + NoAccessView.ROUTE)
                    .encode().build().toUriString());
        } else {
            response.sendRedirect(baseUrl + "/" + NoAccessView.ROUTE + "?" + NoAccessView.SIGN_IN_FAILED);
        }
    }

    private @Nullable String endSessionEndpoint() {
        ClientRegistration registration = registrations.findByRegistrationId(registrationId);
        return registration != null
                && registration.getProviderDetails().getConfigurationMetadata()
                        .get("end_session_endpoint") instanceof String endpoint ? endpoint : null;
    }
}
