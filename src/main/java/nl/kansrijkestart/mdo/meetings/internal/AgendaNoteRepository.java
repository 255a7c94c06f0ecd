package nl.kansrijkestart.mdo.meetings.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaNoteRepository extends JpaRepository<AgendaNote, Long> {

    Optional<AgendaNote> findByAgendaItemId(long agendaItemId);

    List<AgendaNote> findByAgendaItemIdIn(Collection<Long> agendaItemIds);
}
