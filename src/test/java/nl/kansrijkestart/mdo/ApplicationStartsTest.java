package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application starts on the test database with the migrations, demo accounts and demo cases. */
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
                .containsExactlyInAnyOrder("PROFESSIONAL", "CHAIR", "COORDINATOR", "ADMIN", "SCREENING_PLATFORM");
        assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).isGreaterThanOrEqualTo(9);
        assertThat(jdbc.queryForObject("select count(*) from case_file where anonymous = true", Integer.class))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from case_consent where withdrawn_on is not null",
                Integer.class)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("select distinct type from case_file", String.class))
                .containsExactlyInAnyOrder("PREGNANCY", "FAMILY");
        assertThat(jdbc.queryForList("select distinct instrument_code from case_assessment", String.class))
                .containsExactlyInAnyOrder("R4U", "MIND2CARE", "ALPHA-NL", "GIZ", "GM-SIGNALERING");
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(TestDatabase.isPostgresql() ? "PostgreSQL" : "H2");
        }
    }
}
