package nl.kansrijkestart.mdo.meetings.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: addenda are added and read, never changed or deleted. */
public interface AgendaAddendumRepository extends Repository<AgendaAddendum, Long> {

    AgendaAddendum saveAndFlush(AgendaAddendum addendum);

    List<AgendaAddendum> findByAgendaItemIdInOrderByWrittenAtAscIdAsc(Collection<Long> agendaItemIds);
}
