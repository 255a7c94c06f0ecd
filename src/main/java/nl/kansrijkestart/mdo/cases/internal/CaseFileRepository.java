package nl.kansrijkestart.mdo.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kansrijkestart.mdo.cases.CaseStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long>, JpaSpecificationExecutor<CaseFile> {

    Optional<CaseFile> findByCaseNumber(String caseNumber);

    boolean existsByCaseNumber(String caseNumber);

    /** Cases not erased, not in {@code status}, and unchanged since before {@code changedBefore}. */
    List<CaseFile> findByErasedAtIsNullAndStatusNotAndLastChangedAtBefore(CaseStatus status, Instant changedBefore);
}
