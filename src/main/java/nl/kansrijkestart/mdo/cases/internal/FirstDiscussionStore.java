package nl.kansrijkestart.mdo.cases.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The day each case was first discussed; written once, kept on erasure. */
@Component
public class FirstDiscussionStore {

    private final JdbcClient jdbc;

    FirstDiscussionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers the day if the case had no discussion yet; true if this was its first. */
    public boolean remember(long caseId, LocalDate day) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM case_first_discussion WHERE case_id = ?").param(caseId)
                .query(Integer.class).single() > 0;
        if (known) {
            return false;
        }
        jdbc.sql("INSERT INTO case_first_discussion (case_id, discussed_on) VALUES (?, ?)").params(caseId, day)
                .update();
        return true;
    }
}
