package nl.kansrijkestart.mdo.reference.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstrumentVersionRepository extends JpaRepository<InstrumentVersion, Long> {

    @EntityGraph(attributePaths = {"instrument", "domains"})
    List<InstrumentVersion> findAllByOrderByIdAsc();

    @EntityGraph(attributePaths = {"instrument", "domains"})
    Optional<InstrumentVersion> findWithDomainsById(long id);

    boolean existsByInstrumentIdAndLabelIgnoreCase(long instrumentId, String label);
}
