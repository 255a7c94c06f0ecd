package nl.kansrijkestart.mdo.identity.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.time.Clock;
import nl.kansrijkestart.mdo.identity.SignInMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Profile "keycloak": sign-in through Keycloak (OpenID Connect authorization-code flow, client
 * registration {@value #REGISTRATION} in application-keycloak.properties) instead of local
 * accounts. Logging out ends the Keycloak session too: Vaadin installs Spring Security's
 * {@code OidcClientInitiatedLogoutSuccessHandler}, which sends the browser to Keycloak's logout
 * endpoint and back to the start page. The tokens of a sign-in are kept in its own HTTP session
 * (not in a map of the node), and renewed at Keycloak once they expire: a person disabled or signed
 * out in Keycloak loses her session here at her next request after that ({@link KeycloakSessionCheck}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakLoginConfiguration {

    static final String REGISTRATION = "keycloak";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, KeycloakUserService users,
            ClientRegistrationRepository registrations, UserAccountRepository accounts, Clock clock)
            throws Exception {
        SecurityConfiguration.permitPublicRequests(http);
        SecurityConfiguration.endSessionsOfChangedAccounts(http, accounts);
        OAuth2AuthorizedClientRepository signIns = new HttpSessionOAuth2AuthorizedClientRepository();
        DefaultOAuth2AuthorizedClientManager renewals = new DefaultOAuth2AuthorizedClientManager(registrations, signIns);
        // Only renewal: a session whose tokens are gone is not signed in again behind its back.
        renewals.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .refreshToken(refresh -> refresh.clock(clock)).build());
        http.addFilterBefore(new KeycloakSessionCheck(renewals, SecurityConfiguration.contextHolder(http)),
                AnonymousAuthenticationFilter.class);
        // A login page of our own (Keycloak's sign-in), so Spring Security does not generate its
        // "Please sign in" page at /login; the login view forwards there too.
        http.oauth2Login(login -> login
                .loginPage(SignInMode.KEYCLOAK_SIGN_IN_PATH)
                .authorizedClientRepository(signIns)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler(new KeycloakSignInFailure(registrations, REGISTRATION)));
        return http.with(vaadin(), vaadin -> vaadin.oauth2LoginPage(SignInMode.KEYCLOAK_SIGN_IN_PATH,
                "{baseUrl}/")).build();
    }
}
