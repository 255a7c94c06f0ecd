package nl.kansrijkestart.mdo.identity.internal;

import java.util.List;
import java.util.Optional;
import nl.kansrijkestart.mdo.identity.OrganisationSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByNameIgnoreCase(String name);

    @Query("""
            select new nl.kansrijkestart.mdo.identity.OrganisationSummary(
                o.id, o.version, o.name, (select count(u) from UserAccount u where u.organisation = o))
            from Organisation o order by lower(o.name)""")
    List<OrganisationSummary> summaries();
}
