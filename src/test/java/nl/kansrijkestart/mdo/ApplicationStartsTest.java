package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application starts on the test database with the migrations and demo accounts. */
@IntegrationTest
@Tag("database")
class ApplicationStartsTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void theApplicationStartsWithMigrationsAndDemoAccounts() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"success\" = true",
                Integer.class)).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForList("select username from user_account", String.class))
                .contains("admin", "coordinator", "voorzitter", "verloskundige", "jgz", "wijkteam", "huisarts");
        assertThat(jdbc.queryForList("select distinct role from user_role", String.class))
                .containsExactlyInAnyOrder("PROFESSIONAL", "CHAIR", "COORDINATOR", "ADMIN");
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(TestDatabase.isPostgresql() ? "PostgreSQL" : "H2");
        }
    }
}
