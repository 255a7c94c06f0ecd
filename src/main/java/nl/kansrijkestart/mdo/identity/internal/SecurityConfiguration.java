package nl.kansrijkestart.mdo.identity.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.kansrijkestart.mdo.identity.AccountTemporarilyLockedException;
import nl.kansrijkestart.mdo.identity.SignInThrottledException;
import nl.kansrijkestart.mdo.identity.ui.LoginPage;
import nl.kansrijkestart.mdo.identity.ui.SignInRefusals;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Sign-in with local accounts through the login page ({@link LoginPage}), unless the "keycloak"
 * profile hands sign-in to Keycloak ({@link KeycloakLoginConfiguration}). Either way everything
 * needs a signed-in user, except the health endpoint that load balancers and the compose file poll,
 * and the API's public description. The API itself has its own stateless filter chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    private static final String BCRYPT = "bcrypt";

    /**
     * What the screens may load, run and connect to: only this server. Vaadin Flow needs inline
     * scripts (its bootstrap) and eval (it runs server-sent JavaScript with {@code new Function}),
     * inline styles (its components set style attributes) and data:/blob: images and fonts (Lumo's
     * icons); push and every server round trip go to the same origin ('self' covers ws/wss there).
     * No plug-ins, no framing by other sites, forms post only here, no base-URL tricks. Documented in
     * docs/architecture.md ("Security headers").
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    @Profile("!keycloak")
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService accounts,
            PasswordEncoder passwords, ApplicationEventPublisher events, FailedSignIns failures,
            SignInThrottle throttle, AccountSignInLocks locks, RequestUtil vaadinRequests,
            SignInRefusals refusals, UserAccountRepository users) throws Exception {
        permitPublicRequests(http);
        endSessionsOfChangedAccounts(http, users);
        http.authenticationManager(signInForm(accounts, passwords, events,
                new GuardedSignIn(accounts, passwords, failures, throttle, locks)));
        // No session before sign-in (docs/architecture.md): the login page is no Vaadin view, the
        // CSRF token of its form is kept in a cookie, the page asked for before signing in too, and
        // a refused sign-in is answered with the page itself. The session starts with the sign-in.
        // Vaadin leaves the login form out of CSRF protection; here it is protected (against login
        // CSRF). Vaadin's own requests carry its own token, kept in the session of a signed-in user.
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.requestCache(cache -> cache.requestCache(new ReturnAddressCookie()));
        http.formLogin(form -> form.loginPage(LoginPage.PATH).failureHandler(refusals));
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginPage.PATH).enableCsrfConfiguration(false))
                .build();
    }

    /** The CSRF token in a cookie that scripts cannot read and other sites do not send along. */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return tokens;
    }

    /**
     * The API's HTTP Basic check (the global authentication manager): the same guarded check as
     * the form, with verified credentials remembered for a few minutes ({@link VerifiedCredentials}).
     */
    @Bean
    @Profile("!keycloak")
    AuthenticationManager apiCredentials(UserDetailsService accounts, PasswordEncoder passwords,
            ApplicationEventPublisher events, FailedSignIns failures, SignInThrottle throttle,
            AccountSignInLocks locks, Clock clock,
            @Value("${mdo.security.verified-credentials-lifetime:PT5M}") Duration lifetime) {
        ProviderManager fullCheck = new ProviderManager(
                new GuardedSignIn(accounts, passwords, failures, throttle, locks));
        fullCheck.setAuthenticationEventPublisher(publisher(events));
        return new VerifiedCredentials(fullCheck, accounts, locks, lifetime, clock);
    }

    /**
     * The sign-in form checks the same accounts as the API, but refuses a service account. It
     * does so after the password check, so the refusal tells nothing to someone without it.
     */
    private static AuthenticationManager signInForm(UserDetailsService accounts, PasswordEncoder passwords,
            ApplicationEventPublisher events, DaoAuthenticationProvider provider) {
        provider.setPostAuthenticationChecks(user -> {
            if (user instanceof LocalUser local && local.isServiceAccount()) {
                throw new ServiceAccountSignInRefused(user.getUsername());
            }
        });
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(publisher(events));
        return manager;
    }

    /** Events map by exact exception class: without these mappings the refusals would not reach the access log. */
    private static DefaultAuthenticationEventPublisher publisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(
                ServiceAccountSignInRefused.class, AuthenticationFailureDisabledEvent.class,
                AccountTemporarilyLockedException.class, AuthenticationFailureLockedEvent.class,
                SignInThrottledException.class, AuthenticationFailureLockedEvent.class,
                LockingWrongPassword.class, AuthenticationFailureBadCredentialsEvent.class));
        return publisher;
    }

    /**
     * Refused authorizations (method security and addresses) become events, so that refusals by
     * role reach the access log ({@link RefusalLog}).
     */
    @Bean
    AuthorizationEventPublisher authorizationEvents(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /**
     * BCrypt for new hashes, with {@code mdo.security.password-hash-strength} (BCrypt's log rounds,
     * 4–31, default 10: each step doubles the work of every password check). A stored hash keeps the
     * strength it was made with and is checked with that, so changing the setting only affects new
     * passwords. The delegating encoder can still verify the other schemes Spring Security knows.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${mdo.security.password-hash-strength:10}") int strength) {
        if (strength < 4 || strength > 31) {
            throw new IllegalArgumentException(
                    "mdo.security.password-hash-strength must be between 4 and 31 (BCrypt's log rounds), not " + strength);
        }
        DelegatingPasswordEncoder encoders = (DelegatingPasswordEncoder) PasswordEncoderFactories
                .createDelegatingPasswordEncoder();
        Map<String, PasswordEncoder> byId = Map.of(BCRYPT, new BCryptPasswordEncoder(strength));
        DelegatingPasswordEncoder chosen = new DelegatingPasswordEncoder(BCRYPT, byId);
        chosen.setDefaultPasswordEncoderForMatches(encoders);
        return chosen;
    }

    /**
     * Both sign-in modes: a session ends at its next request once its account is disabled or what
     * it may do changed ({@link SignedInAccountCheck}). Not a bean, so it guards only the screens'
     * chain (the API's chain loads the account on every request anyway).
     */
    static void endSessionsOfChangedAccounts(HttpSecurity http, UserAccountRepository users) {
        http.addFilterBefore(new SignedInAccountCheck(users, contextHolder(http)), AnonymousAuthenticationFilter.class);
    }

    /** The application context's holder of the signed-in user (Vaadin installs one), as the chain uses it. */
    static SecurityContextHolderStrategy contextHolder(HttpSecurity http) {
        return http.getSharedObject(ApplicationContext.class)
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** What both sign-in modes leave open, and the headers they both send. */
    static void permitPublicRequests(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                .requestMatchers("/styles/**", LoginPage.PATH).permitAll());
        http.headers(headers -> headers
                .referrerPolicy(policy -> policy.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .cacheControl(Customizer.withDefaults())
                // Before the page is written: Vaadin's page handler bypasses the lazy writing and would
                // otherwise send its pages without these headers (and with its own SAMEORIGIN).
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}
