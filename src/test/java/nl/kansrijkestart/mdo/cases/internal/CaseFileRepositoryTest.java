package nl.kansrijkestart.mdo.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseFilter;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.ConsentDraft;
import nl.kansrijkestart.mdo.cases.ConsentForm;
import nl.kansrijkestart.mdo.cases.ConsentGiver;
import nl.kansrijkestart.mdo.cases.ConsentState;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.cases.LegalBasis;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cases as stored and the "Mijn casussen" query, on H2 and on PostgreSQL. */
@DatabaseTest
class CaseFileRepositoryTest {

    private static final long ME = 900_001L;
    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    private CaseFileRepository cases;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theConsentStateFilterIsEvaluatedByTheDatabase() {
        String active = save("AA", consent(TODAY.minusDays(3), null), null);
        String withdrawn = save("BB", consent(TODAY.minusDays(20), null), TODAY.minusDays(2));
        String expired = save("CC", consent(TODAY.minusDays(40), TODAY.minusDays(1)), null);
        String none = save("DD", null, null);

        assertThat(numbers(ConsentState.ACTIVE)).contains(active).doesNotContain(withdrawn, expired, none);
        assertThat(numbers(ConsentState.WITHDRAWN)).contains(withdrawn).doesNotContain(active, expired, none);
        assertThat(numbers(ConsentState.EXPIRED)).contains(expired).doesNotContain(active, withdrawn, none);
        assertThat(numbers(ConsentState.NONE)).contains(none).doesNotContain(active, withdrawn, expired);
        for (String number : List.of(active, withdrawn, expired, none)) {
            CaseFile stored = cases.findByCaseNumber(number).orElseThrow();
            assertThat(numbers(Consents.stateOn(stored, TODAY))).as("SQL and Java agree on %s", number)
                    .contains(number);
        }
    }

    @Test
    void onlyActiveCareTeamMembershipsCount() {
        String mine = save("EE", null, null);
        CaseFile stored = cases.findByCaseNumber(mine).orElseThrow();
        stored.getCareTeam().getFirst().remove(Instant.now());
        cases.saveAndFlush(stored);
        assertThat(cases.findAll(CaseSpecifications.myCases(ME, CaseFilter.none(), TODAY)))
                .extracting(CaseFile::getCaseNumber).doesNotContain(mine);
    }

    @Test
    void theDatabaseRefusesIdentifyingDataOnAnAnonymousCase() {
        String anonymous = saveAnonymous("FF");
        assertThatThrownBy(() -> jdbc.update("update case_file set initials = 'X' where case_number = ?", anonymous))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aCaseKeepsItsFactorsAndUrgency() {
        String number = save("GG", null, null);
        CaseFile stored = cases.findByCaseNumber(number).orElseThrow();
        assertThat(stored.getFactors()).containsExactlyInAnyOrder(Factor.DOMESTIC_VIOLENCE, Factor.MOTIVATION);
        assertThat(stored.isUrgent()).isTrue();
    }

    private List<String> numbers(ConsentState state) {
        return cases.findAll(CaseSpecifications.myCases(ME, new CaseFilter(null, null, null, false, state, null), TODAY))
                .stream().map(CaseFile::getCaseNumber).toList();
    }

    private String save(String suffix, ConsentDraft consent, LocalDate withdrawnOn) {
        CaseDraft draft = new CaseDraft(CaseType.PREGNANCY, false, "T.", 1995, TODAY.plusMonths(3), null, "GM0202",
                null, "Vraag", Set.of(Factor.DOMESTIC_VIOLENCE, Factor.MOTIVATION));
        CaseFile caseFile = new CaseFile("KS-TEST-" + suffix + "00", draft, ME, "Test", Instant.now());
        caseFile.getCareTeam().add(new CareTeamMember(caseFile, ME, "Test", Discipline.MIDWIFE, "Praktijk", Instant.now()));
        if (consent != null) {
            ConsentRecord record = new ConsentRecord(caseFile, consent, "Test", Instant.now());
            if (withdrawnOn != null) {
                record.withdraw(withdrawnOn, "Test");
            }
            caseFile.getConsents().add(record);
        }
        cases.saveAndFlush(caseFile);
        return caseFile.getCaseNumber();
    }

    private String saveAnonymous(String suffix) {
        CaseDraft draft = new CaseDraft(CaseType.FAMILY, true, null, null, null, null, "GM0202", null, "Vraag", Set.of());
        CaseFile caseFile = new CaseFile("KS-TEST-" + suffix + "00", draft, ME, "Test", Instant.now());
        cases.saveAndFlush(caseFile);
        return caseFile.getCaseNumber();
    }

    /** A consent given on {@code given}, ending on {@code until} (or never). */
    private static ConsentDraft consent(LocalDate given, LocalDate until) {
        return new ConsentDraft(LegalBasis.CONSENT, given, ConsentForm.WRITTEN, ConsentGiver.CLIENT, true, false, false,
                Set.of(Discipline.MIDWIFE), until, null);
    }
}
