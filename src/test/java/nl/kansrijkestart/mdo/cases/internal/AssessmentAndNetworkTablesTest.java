package nl.kansrijkestart.mdo.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.AssessmentDraft;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.NetworkMemberDraft;
import nl.kansrijkestart.mdo.cases.NetworkRelation;
import nl.kansrijkestart.mdo.cases.ReportedRiskLevel;
import nl.kansrijkestart.mdo.cases.Respondent;
import nl.kansrijkestart.mdo.cases.TrustedProfessional;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Instrument results and the network map as stored, on H2 and on PostgreSQL. */
@DatabaseTest
class AssessmentAndNetworkTablesTest {

    private static final String CORRECTION = "insert into case_assessment (case_id, instrument_version_id, "
            + "instrument_code, instrument_name, version_label, instrument_validated, administered_on, respondent, "
            + "administered_by, reported_risk_level, discussed_with_client, supersedes_id, correction_reason, "
            + "recorded_at, recorded_by) select case_id, instrument_version_id, instrument_code, instrument_name, "
            + "version_label, instrument_validated, administered_on, respondent, administered_by, "
            + "reported_risk_level, discussed_with_client, ?, ?, recorded_at, recorded_by "
            + "from case_assessment where id = ?";

    @Autowired
    private CaseFileRepository cases;

    @Autowired
    private AssessmentRecordRepository results;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aResultKeepsOneValuePerDomainAndACopyOfTheInstrument() {
        CaseFile caseFile = saved("KS-TEST-AS01");
        AssessmentRecord result = record(caseFile, Map.of("GEZINSSITUATIE", 1, "LEEFSTIJL", 0), null, null);

        assertThat(jdbc.queryForList("select domain_code, domain_value from case_assessment_value "
                + "where assessment_id = ? order by domain_code", result.requireId()))
                .extracting(row -> row.get("domain_code") + "=" + row.get("domain_value"))
                .containsExactly("GEZINSSITUATIE=1", "LEEFSTIJL=0");
        assertThat(jdbc.queryForObject("select instrument_code from case_assessment where id = ?", String.class,
                result.requireId())).isEqualTo("R4U");
    }

    @Test
    void aCorrectionPointsAtTheResultItReplacesWhichStaysAsItWas() {
        CaseFile caseFile = saved("KS-TEST-AS02");
        AssessmentRecord original = record(caseFile, Map.of("LEEFSTIJL", 0), null, null);
        Map<String, Object> before = row(original.requireId());
        AssessmentRecord correction = record(caseFile, Map.of("LEEFSTIJL", 1), original, "Verkeerd aangevinkt");

        assertThat(jdbc.queryForObject("select supersedes_id from case_assessment where id = ?", Long.class,
                correction.requireId())).isEqualTo(original.requireId());
        assertThat(row(original.requireId())).isEqualTo(before);
    }

    @Test
    void aResultIsReplacedAtMostOnce() {
        CaseFile caseFile = saved("KS-TEST-AS03");
        AssessmentRecord original = record(caseFile, Map.of(), null, null);
        record(caseFile, Map.of(), original, "Eerste correctie");
        assertThatThrownBy(() -> jdbc.update(CORRECTION, original.requireId(), "Tweede correctie", original.requireId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aCorrectionMustReplaceAnExistingResult() {
        CaseFile caseFile = saved("KS-TEST-AS04");
        AssessmentRecord original = record(caseFile, Map.of(), null, null);
        assertThatThrownBy(() -> jdbc.update(CORRECTION, 999_999_999L, "Onbekend", original.requireId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void erasureDeletesTheInformalNetworkRowsAndKeepsExternalProfessionals() {
        CaseFile caseFile = saved("KS-TEST-NW01");
        caseFile.getNetwork().add(new NetworkMember(caseFile, NetworkMemberDraft.informal("A.", NetworkRelation.PARENT),
                "Test", Instant.now()));
        caseFile.getNetwork().add(new NetworkMember(caseFile,
                NetworkMemberDraft.professional("Els de Wit", "Schuldhulp", Discipline.SOCIAL_TEAM), "Test",
                Instant.now()));
        cases.saveAndFlush(caseFile);
        assertThat(kinds(caseFile)).containsExactlyInAnyOrder("INFORMAL", "EXTERNAL_PROFESSIONAL");

        caseFile.erase(Instant.now());
        cases.saveAndFlush(caseFile);
        assertThat(kinds(caseFile)).containsExactly("EXTERNAL_PROFESSIONAL");
    }

    @Test
    void deletingTheTrustedExternalProfessionalClearsTheMarkInTheDatabase() {
        CaseFile caseFile = saved("KS-TEST-NW02");
        NetworkMember external = new NetworkMember(caseFile,
                NetworkMemberDraft.professional("Henk Post", "Thuiszorg", Discipline.OTHER), "Test", Instant.now());
        caseFile.getNetwork().add(external);
        cases.saveAndFlush(caseFile);
        caseFile = cases.findByCaseNumber("KS-TEST-NW02").orElseThrow();
        long memberId = caseFile.getNetwork().getFirst().requireId();
        caseFile.setTrustedProfessional(new TrustedProfessional.ExternalProfessional(memberId));
        cases.saveAndFlush(caseFile);

        jdbc.update("delete from case_network_member where id = ?", memberId);
        assertThat(jdbc.queryForObject("select trusted_member_id from case_file where case_number = ?", Long.class,
                "KS-TEST-NW02")).isNull();
    }

    @Test
    void theDatabaseKeepsAtMostOneTrustedProfessional() {
        CaseFile caseFile = saved("KS-TEST-NW03");
        caseFile.getNetwork().add(new NetworkMember(caseFile,
                NetworkMemberDraft.professional("Henk Post", "Thuiszorg", Discipline.OTHER), "Test", Instant.now()));
        cases.saveAndFlush(caseFile);
        long memberId = jdbc.queryForObject("select id from case_network_member where case_id = ?", Long.class,
                caseFile.requireId());
        assertThatThrownBy(() -> jdbc.update("update case_file set trusted_user_id = 1, trusted_member_id = ? "
                + "where id = ?", memberId, caseFile.requireId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesAFullNameOnAnInformalMember() {
        CaseFile caseFile = saved("KS-TEST-NW04");
        assertThatThrownBy(() -> jdbc.update("insert into case_network_member (case_id, kind, initials, relation, "
                + "name, added_at, added_by) values (?, 'INFORMAL', 'A.', 'PARENT', 'Anna Jansen', ?, 'Test')",
                caseFile.requireId(), java.sql.Timestamp.from(Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private CaseFile saved(String caseNumber) {
        CaseDraft draft = new CaseDraft(CaseType.PREGNANCY, false, "T.", 1995, LocalDate.now().plusMonths(3), null,
                "GM0202", null, "Vraag", Set.of());
        return cases.saveAndFlush(new CaseFile(caseNumber, draft, 900_002L, "Test", Instant.now()));
    }

    private AssessmentRecord record(CaseFile caseFile, Map<String, Integer> values, AssessmentRecord replaced,
            String reason) {
        AssessmentDraft draft = new AssessmentDraft(r4uVersionId(), LocalDate.now(), Respondent.CLIENT, "Test",
                values, null, ReportedRiskLevel.NONE_REPORTED, "Zorgpad", false);
        InstrumentVersionSummary version = new InstrumentVersionSummary(r4uVersionId(), 0, "R4U",
                "R4U (Ready for You)", true, "2", true, null, List.of());
        AssessmentRecord result = results.save(new AssessmentRecord(caseFile, draft, version, replaced, reason,
                "Test", Instant.now()));
        caseFile.addAssessment(result);
        caseFile.touch("Test", Instant.now());
        cases.saveAndFlush(caseFile);
        return result;
    }

    private long r4uVersionId() {
        return jdbc.queryForObject("select v.id from instrument_version v join instrument i on i.id = v.instrument_id "
                + "where i.code = 'R4U' and v.label = '2'", Long.class);
    }

    private Map<String, Object> row(long assessmentId) {
        return jdbc.queryForMap("select * from case_assessment where id = ?", assessmentId);
    }

    private List<String> kinds(CaseFile caseFile) {
        return jdbc.queryForList("select kind from case_network_member where case_id = ?", String.class,
                caseFile.requireId());
    }
}
