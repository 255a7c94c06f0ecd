package nl.kansrijkestart.mdo.cases;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * At the end of the retention period the application erases a case on its own, as a care-team
 * member would: here and in the meetings, logged in its own name; cases still waiting for a
 * meeting or changed within the period stay.
 */
@IntegrationTest
class CaseRetentionTest {

    @Autowired
    private CaseRetention retention;

    @Autowired
    private CaseService cases;

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aCaseUnchangedForLongerThanTheRetentionPeriodIsErasedWithWhatTheMeetingsWroteAboutIt() {
        String discussed = scenarios.closed("R.A.", "Verloskundige houdt contact.", "jgz").caseNumber();
        String waiting = scenarios.running("R.B.", "jgz").caseNumber();
        signedIn.as("verloskundige");
        String recent = cases.register(pregnancy("R.C."), consentFor(Discipline.MIDWIFE)).caseNumber();
        Instant now = Instant.now();
        lastChanged(discussed, now.minus(400, ChronoUnit.DAYS));
        lastChanged(waiting, now.minus(400, ChronoUnit.DAYS));
        lastChanged(recent, now.minus(300, ChronoUnit.DAYS));
        signedIn.nobody();

        assertThat(retention.eraseExpired(now)).isPositive();

        assertThat(erased(discussed)).isTrue();
        assertThat(erased(waiting)).isFalse();
        assertThat(erased(recent)).isFalse();
        assertThat(jdbc.queryForObject("SELECT initials FROM case_file WHERE case_number = ?", String.class, discussed))
                .isNull();
        assertThat(jdbc.queryForList("SELECT question FROM agenda_item WHERE case_number = ?", String.class, discussed))
                .containsOnly("(gewist)");
        assertThat(jdbc.queryForList("SELECT object FROM audit_entry WHERE case_number = ? AND username = 'system'"
                + " AND action = 'DELETE'", String.class, discussed))
                .containsExactlyInAnyOrder("case-identifying-data", "agenda-free-text");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event e JOIN case_file c ON c.id = e.case_id"
                + " WHERE c.case_number = ? AND e.message_key = 'timeline.erased-retention'", Integer.class, discussed))
                .isEqualTo(1);
        assertThat(retention.eraseExpired(now)).as("erased cases are not erased again").isZero();
    }

    private void lastChanged(String caseNumber, Instant at) {
        jdbc.update("UPDATE case_file SET last_changed_at = ? WHERE case_number = ?", Timestamp.from(at), caseNumber);
    }

    private boolean erased(String caseNumber) {
        List<Timestamp> at = jdbc.queryForList("SELECT erased_at FROM case_file WHERE case_number = ?",
                Timestamp.class, caseNumber);
        return at.getFirst() != null;
    }
}
