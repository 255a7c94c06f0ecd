package nl.kansrijkestart.mdo.meetings.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaActionRepository extends JpaRepository<AgendaAction, Long> {

    List<AgendaAction> findByAgendaItemIdInOrderByDueOnAscIdAsc(Collection<Long> agendaItemIds);

    List<AgendaAction> findByAssigneeUserIdOrderByDueOnAscIdAsc(long assigneeUserId);
}
