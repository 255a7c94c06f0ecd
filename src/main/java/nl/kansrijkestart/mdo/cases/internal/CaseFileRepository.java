package nl.kansrijkestart.mdo.cases.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long>, JpaSpecificationExecutor<CaseFile> {

    Optional<CaseFile> findByCaseNumber(String caseNumber);

    boolean existsByCaseNumber(String caseNumber);
}
