package nl.kansrijkestart.mdo.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The API is stateless: every request authenticates itself. In the embedded setup that is HTTP
 * Basic against the same local accounts as the web login (locked and disabled accounts are refused
 * the same way). With the "keycloak" profile it is a Keycloak access token instead (OAuth2
 * resource server, {@link ApiTokenConfiguration}); local passwords are then not accepted at all.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    @Profile("!keycloak")
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiProblems problems,
            ApiSignInRefusals refusals, AuthenticationManager apiCredentials) throws Exception {
        AuthenticationEntryPoint unauthorized = refusals.entryPoint("Basic");
        // The identity module's guarded check with its short-lived memory of verified credentials.
        return stateless(http, problems, unauthorized)
                .authenticationManager(apiCredentials)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .build();
    }

    /**
     * {@code tokenCallers} comes from the identity module: it turns a checked token into the
     * caller, with the application roles from the token's realm roles.
     */
    @Bean
    @Order(1)
    @Profile("keycloak")
    SecurityFilterChain apiTokenFilterChain(HttpSecurity http, ApiProblems problems, JwtDecoder tokens,
            Converter<Jwt, AbstractAuthenticationToken> tokenCallers) throws Exception {
        AuthenticationEntryPoint unauthorized = problems.unauthorized("Bearer");
        return stateless(http, problems, unauthorized)
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(tokenCallers))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .build();
    }

    private static HttpSecurity stateless(HttpSecurity http, ApiProblems problems,
            AuthenticationEntryPoint unauthorized) {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // JSON only: nothing to load, run or frame; no-store and nosniff are Spring's defaults.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(policy -> policy.policy(ReferrerPolicy.NO_REFERRER)))
                .csrf(csrf -> csrf.disable());
    }
}
