package nl.kansrijkestart.mdo.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.kansrijkestart.mdo.indicators.IndicatorPublication;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application in a test: services, security (MockMvc through the real filter chain),
 * Flyway, demo accounts, H2 (or PostgreSQL). All such tests share one application context. Its
 * clock is the {@link AdjustableClock}, on real time unless a test moves it (and puts it back).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresqlAvailable.class)
@SpringBootTest
@ActiveProfiles(resolver = TestDatabase.class)
@AutoConfigureMockMvc
@Import({FreshSchemaOnPostgresql.class, SignedIn.class, MeetingScenarios.class, AdjustableClock.class,
    IndicatorPublication.class})
public @interface IntegrationTest {}
