package nl.kansrijkestart.mdo.cases.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The per-year counting tokens of a case: created on first use, deleted on erasure. */
@Component
public class CountingTokenStore {

    private final JdbcClient jdbc;

    CountingTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String tokenFor(long caseId, int year) {
        return existing(caseId, year).orElseGet(() -> {
            String token = UUID.randomUUID().toString();
            jdbc.sql("INSERT INTO case_counting_token (case_id, counting_year, token) VALUES (?, ?, ?)")
                    .params(caseId, year, token).update();
            return token;
        });
    }

    public int deleteAll(long caseId) {
        return jdbc.sql("DELETE FROM case_counting_token WHERE case_id = ?").param(caseId).update();
    }

    private Optional<String> existing(long caseId, int year) {
        return jdbc.sql("SELECT token FROM case_counting_token WHERE case_id = ? AND counting_year = ?")
                .params(caseId, year).query(String.class).optional();
    }
}
