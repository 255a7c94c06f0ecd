package nl.kansrijkestart.mdo.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kansrijkestart.mdo.cases.CaseDetails.Assignment;
import nl.kansrijkestart.mdo.cases.CaseStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long>, JpaSpecificationExecutor<CaseFile> {

    Optional<CaseFile> findByCaseNumber(String caseNumber);

    boolean existsByCaseNumber(String caseNumber);

    /** The numbers of the cases, not erased, whose current contact person is the user. */
    @Query("select distinct c.caseNumber from CaseFile c join c.contacts a where a.userId = :userId"
            + " and a.role = :role and a.untilTime is null and c.erasedAt is null")
    List<String> findCaseNumbersWithCurrent(@Param("userId") long userId, @Param("role") Assignment.Role role);

    /** Cases not erased, not in {@code status}, and unchanged since before {@code changedBefore}. */
    List<CaseFile> findByErasedAtIsNullAndStatusNotAndLastChangedAtBefore(CaseStatus status, Instant changedBefore);
}
