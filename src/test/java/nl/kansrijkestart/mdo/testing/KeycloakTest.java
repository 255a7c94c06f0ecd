package nl.kansrijkestart.mdo.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with the "keycloak" profile on port {@value #APP_PORT}, against a real
 * Keycloak ({@link KeycloakServer}) and an H2 database without demo accounts, so every account in
 * it was provisioned by a sign-in. Tagged "keycloak": the build runs these in their own execution.
 * All such tests share one application context (and so one port).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("keycloak")
@ExtendWith(KeycloakServer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.port=" + KeycloakTest.APP_PORT,
        "mdo.keycloak.issuer=" + KeycloakServer.ISSUER,
        "mdo.demo-data.enabled=false"})
@ActiveProfiles({"test", "keycloak"})
@Import(AdjustableClock.class)
public @interface KeycloakTest {

    int APP_PORT = 8097;
    /** The application as the browser reaches it; Keycloak's mdo-web client lists this redirect. */
    String APP = "http://127.0.0.1:" + APP_PORT;
}
