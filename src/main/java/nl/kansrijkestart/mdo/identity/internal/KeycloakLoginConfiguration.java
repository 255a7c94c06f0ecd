package nl.kansrijkestart.mdo.identity.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import nl.kansrijkestart.mdo.identity.SignInMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Profile "keycloak": sign-in through Keycloak (OpenID Connect authorization-code flow, client
 * registration {@value #REGISTRATION} in application-keycloak.properties) instead of local
 * accounts. Logging out ends the Keycloak session too: Vaadin installs Spring Security's
 * {@code OidcClientInitiatedLogoutSuccessHandler}, which sends the browser to Keycloak's logout
 * endpoint and back to the start page.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakLoginConfiguration {

    static final String REGISTRATION = "keycloak";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, KeycloakUserService users,
            ClientRegistrationRepository registrations, UserAccountRepository accounts) throws Exception {
        SecurityConfiguration.permitPublicRequests(http);
        SecurityConfiguration.endSessionsOfChangedAccounts(http, accounts);
        // A login page of our own (Keycloak's sign-in), so Spring Security does not generate its
        // "Please sign in" page at /login; the login view forwards there too.
        http.oauth2Login(login -> login
                .loginPage(SignInMode.KEYCLOAK_SIGN_IN_PATH)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler(new KeycloakSignInFailure(registrations, REGISTRATION)));
        return http.with(vaadin(), vaadin -> vaadin.oauth2LoginPage(SignInMode.KEYCLOAK_SIGN_IN_PATH,
                "{baseUrl}/")).build();
    }
}
