package nl.kansrijkestart.mdo.testing;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The PostgreSQL test database outlives a test run; each test context starts from an empty
 * schema so the migrations are proven from scratch every time. (H2 contexts are new anyway.)
 */
@TestConfiguration(proxyBeanMethods = false)
public class FreshSchemaOnPostgresql {

    @Bean
    FlywayMigrationStrategy cleanThenMigrateOnPostgresql() {
        return flyway -> {
            if (TestDatabase.isPostgresql()) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
