package nl.kansrijkestart.mdo.reference.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRepository extends JpaRepository<Region, Long> {

    @EntityGraph(attributePaths = {"parent", "memberships"})
    List<Region> findAllByOrderByNameAsc();

    Optional<Region> findByCode(String code);

    Optional<Region> findByNameIgnoreCase(String name);

    boolean existsByParentId(long parentId);
}
