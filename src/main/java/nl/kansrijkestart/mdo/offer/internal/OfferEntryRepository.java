package nl.kansrijkestart.mdo.offer.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferEntryRepository extends JpaRepository<OfferEntry, Long> {

    List<OfferEntry> findAllByOrderByNameAsc();

    Optional<OfferEntry> findByCode(String code);
}
