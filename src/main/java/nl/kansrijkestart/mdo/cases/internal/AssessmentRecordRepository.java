package nl.kansrijkestart.mdo.cases.internal;

import org.springframework.data.repository.Repository;

/** Insert-only: results are never updated or deleted through the application. */
public interface AssessmentRecordRepository extends Repository<AssessmentRecord, Long> {

    AssessmentRecord save(AssessmentRecord assessment);
}
