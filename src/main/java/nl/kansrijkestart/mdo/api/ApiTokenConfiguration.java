package nl.kansrijkestart.mdo.api;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Which access tokens the API accepts with the "keycloak" profile: signed by the realm's current
 * keys, issued by the configured realm, meant for this API (audience, set by the realm's audience
 * mapper: a token Keycloak issued for another client is refused) and not expired by the
 * application's clock.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class ApiTokenConfiguration {

    /** Keycloak's keys are fetched on the first API call, so the application may start before Keycloak. */
    @Bean
    JwtDecoder apiTokenDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.audiences}") List<String> audiences, Clock clock) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator();
        lifetime.setClock(clock);
        OAuth2TokenValidator<Jwt> checks = new DelegatingOAuth2TokenValidator<>(lifetime,
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.stream().anyMatch(audiences::contains)));
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(checks);
            return decoder;
        });
    }
}
