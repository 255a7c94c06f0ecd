package nl.kansrijkestart.mdo.meetings.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaOutcomeRepository extends JpaRepository<AgendaOutcome, Long> {

    Optional<AgendaOutcome> findByAgendaItemId(long agendaItemId);

    List<AgendaOutcome> findByAgendaItemIdIn(Collection<Long> agendaItemIds);
}
