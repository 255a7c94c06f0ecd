package nl.kansrijkestart.mdo.cases;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import nl.kansrijkestart.mdo.MdoApplication;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Two application instances on one database (this test's context and a second one started here)
 * both fire the nightly retention erasure; it runs on one of them only, because each first takes
 * the ShedLock row, which stays taken for at least five minutes after the run.
 */
@IntegrationTest
@Tag("database")
// A context of its own: on PostgreSQL every new context empties the shared schema, and this test
// needs the demo accounts its own context made.
@TestPropertySource(properties = "mdo.test.context=retention-once-per-cluster")
class RetentionOncePerClusterTest {

    @Autowired
    private CaseRetention retention;

    @Autowired
    private CaseService cases;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theNightlyErasureRunsOnOneInstanceThoughBothSchedulersFire() throws SQLException {
        jdbc.update("DELETE FROM shedlock WHERE name = 'case-retention'");
        signedIn.as("verloskundige");
        String tonight = cases.register(pregnancy("O.A."), consentFor(Discipline.MIDWIFE)).caseNumber();
        String laterTonight = cases.register(pregnancy("O.B."), consentFor(Discipline.MIDWIFE)).caseNumber();
        signedIn.nobody();
        age(tonight);

        try (ConfigurableApplicationContext secondInstance = secondInstance()) {
            assertThat(secondInstance.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl())
                    .as("both instances on one database").isEqualTo(dataSource.unwrap(HikariDataSource.class).getJdbcUrl());
            retention.eraseExpired();
            assertThat(erased(tonight)).isTrue();

            age(laterTonight);
            secondInstance.getBean(CaseRetention.class).eraseExpired();
            assertThat(erased(laterTonight)).as("the second instance skipped the night's run").isFalse();

            // the next night: the lock has expired, and the second instance may run it
            jdbc.update("UPDATE shedlock SET lock_until = ? WHERE name = 'case-retention'",
                    Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)));
            secondInstance.getBean(CaseRetention.class).eraseExpired();
            assertThat(erased(laterTonight)).isTrue();
        }
    }

    /** The application once more, on this test's database, as a second node would run it. */
    private ConfigurableApplicationContext secondInstance() throws SQLException {
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        return new SpringApplicationBuilder(MdoApplication.class)
                .profiles(new TestDatabase().resolve(RetentionOncePerClusterTest.class))
                // as arguments, which take precedence over the test profile's own database URL
                .run("--spring.datasource.url=" + url, "--server.port=0", "--mdo.demo-data.enabled=false",
                        "--spring.main.banner-mode=off");
    }

    private void age(String caseNumber) {
        jdbc.update("UPDATE case_file SET last_changed_at = ? WHERE case_number = ?",
                Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)), caseNumber);
    }

    private boolean erased(String caseNumber) {
        return jdbc.queryForObject("SELECT erased_at FROM case_file WHERE case_number = ?", Timestamp.class,
                caseNumber) != null;
    }
}
