package nl.kansrijkestart.mdo.meetings.internal;

import java.util.Collection;
import java.util.List;
import nl.kansrijkestart.mdo.meetings.AgendaStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPositionAscSubmittedAtAsc(long meetingId);

    List<AgendaItem> findByCaseNumberAndStatusIn(String caseNumber, Collection<AgendaStatus> statuses);

    List<AgendaItem> findBySubmittedByUserIdOrderBySubmittedAtDesc(long userId);

    boolean existsByMeetingIdAndCaseNumberAndStatusIn(long meetingId, String caseNumber,
            Collection<AgendaStatus> statuses);
}
