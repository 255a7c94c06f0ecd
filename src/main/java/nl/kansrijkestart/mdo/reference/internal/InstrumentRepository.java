package nl.kansrijkestart.mdo.reference.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstrumentRepository extends JpaRepository<Instrument, Long> {

    List<Instrument> findAllByOrderByNameAsc();

    boolean existsByCode(String code);

    boolean existsByNameIgnoreCase(String name);
}
