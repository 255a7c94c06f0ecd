package nl.kansrijkestart.mdo.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Repositories and migrations against the configured database. Tagged "database": the build
 * runs these classes twice, on H2 and on a real PostgreSQL. A repository slice has no task
 * executor, so Hibernate starts here on the test's own thread; the application's start in the
 * background is what every full application context in the tests does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@DataJpaTest(showSql = false, properties = "spring.jpa.bootstrap=default")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles(resolver = TestDatabase.class)
@Import(FreshSchemaOnPostgresql.class)
public @interface DatabaseTest {}
