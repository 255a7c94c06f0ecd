package nl.kansrijkestart.mdo.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Counting tokens as stored, on H2 and on PostgreSQL: one per case per year, gone after deletion. */
@DatabaseTest
@Import(CountingTokenStore.class)
class CountingTokenTableTest {

    @Autowired
    private CaseFileRepository cases;

    @Autowired
    private CountingTokenStore tokens;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aCaseKeepsOneTokenPerYearUntilItsTokensAreDeleted() {
        long caseId = cases.saveAndFlush(new CaseFile("K-TOK-1", new CaseDraft(CaseType.FAMILY, true, null, null, null,
                null, "GM0202", null, "Vraag", Set.of(Factor.AVOIDING_CARE)), 1L, "Test", Instant.now())).requireId();

        String first = tokens.tokenFor(caseId, 2025);
        assertThat(tokens.tokenFor(caseId, 2025)).isEqualTo(first);
        assertThat(tokens.tokenFor(caseId, 2026)).isNotEqualTo(first);

        assertThat(tokens.deleteAll(caseId)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_counting_token WHERE case_id = ?", Integer.class,
                caseId)).isZero();
    }
}
