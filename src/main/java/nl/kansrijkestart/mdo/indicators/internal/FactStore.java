package nl.kansrijkestart.mdo.indicators.internal;

import java.time.LocalDate;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.identity.Discipline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inserts the anonymous facts of indicators 6, 10 and 12 (V055). Rows are never changed or
 * deleted, and hold nothing that names a case, a result or a person.
 */
@Component
public class FactStore {

    private final JdbcClient jdbc;

    FactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A result recorded on the day it was administered, as the demo history has them. */
    public void assessment(LocalDate day, String municipalityCode, CaseType caseType, Discipline recordedBy,
            boolean validated) {
        assessment(day, day, municipalityCode, caseType, recordedBy, validated);
    }

    /**
     * @param day the day the fact counts for (its year is the year it is published in)
     * @param recordedOn the day it was recorded: a year is published from what was recorded before
     *     its publication day (V091)
     */
    public void assessment(LocalDate day, LocalDate recordedOn, String municipalityCode, CaseType caseType,
            Discipline recordedBy, boolean validated) {
        jdbc.sql("""
                INSERT INTO assessment_fact (period_date, recorded_on, municipality_code, case_type, discipline,
                    validated)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(day, recordedOn, municipalityCode, caseType.name(), recordedBy.name(), validated).update();
    }

    /** A discussion recorded on its own day, as the demo history has them. */
    public void discussion(LocalDate day, String municipalityCode, CaseType caseType, String token,
            boolean socialCaseDirector) {
        discussion(day, day, municipalityCode, caseType, token, socialCaseDirector);
    }

    public void discussion(LocalDate day, LocalDate recordedOn, String municipalityCode, CaseType caseType,
            String token, boolean socialCaseDirector) {
        jdbc.sql("""
                INSERT INTO discussion_fact (period_date, recorded_on, municipality_code, case_type, token,
                    social_case_director)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(day, recordedOn, municipalityCode, caseType.name(), token, socialCaseDirector).update();
    }

    /** A first discussion recorded on its own day, as the demo history has them. */
    public void firstDiscussion(LocalDate day, String municipalityCode, CaseType caseType, int daysWaited) {
        firstDiscussion(day, day, municipalityCode, caseType, daysWaited);
    }

    public void firstDiscussion(LocalDate day, LocalDate recordedOn, String municipalityCode, CaseType caseType,
            int daysWaited) {
        jdbc.sql("""
                INSERT INTO first_discussion_fact (period_date, recorded_on, municipality_code, case_type,
                    days_waited)
                VALUES (?, ?, ?, ?, ?)""")
                .params(day, recordedOn, municipalityCode, caseType.name(), daysWaited).update();
    }

    /** A referral start recorded on its own day, as the demo history has them. */
    public void referralStart(LocalDate day, String municipalityCode, CaseType caseType, String offerKind,
            String birthPhase, int daysWaited, boolean firstOfKind, boolean firstLocalTeam) {
        referralStart(day, day, municipalityCode, caseType, offerKind, birthPhase, daysWaited, firstOfKind,
                firstLocalTeam);
    }

    /** Indicators 8 and 12: a referral's support started (V103), recorded on {@code recordedOn} (V104). */
    public void referralStart(LocalDate day, LocalDate recordedOn, String municipalityCode, CaseType caseType,
            String offerKind, String birthPhase, int daysWaited, boolean firstOfKind, boolean firstLocalTeam) {
        jdbc.sql("""
                INSERT INTO referral_start_fact (period_date, recorded_on, municipality_code, case_type, offer_kind,
                    birth_phase, days_waited, first_of_kind, first_local_team)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(day, recordedOn, municipalityCode, caseType.name(), offerKind, birthPhase, daysWaited,
                        firstOfKind, firstLocalTeam)
                .update();
    }

    /** Whether any started referral is dated before {@code day}, so its demo history is added only once. */
    public boolean anyReferralStartBefore(LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM referral_start_fact WHERE period_date < :day").param("day", day)
                .query(Long.class).single() > 0;
    }

    /** Whether any fact is dated before {@code day}, so demo history is added only once. */
    public boolean anyBefore(LocalDate day) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM assessment_fact WHERE period_date < :day)
                     + (SELECT COUNT(*) FROM discussion_fact WHERE period_date < :day)
                     + (SELECT COUNT(*) FROM first_discussion_fact WHERE period_date < :day)""")
                .param("day", day).query(Long.class).single() > 0;
    }
}
