package nl.kansrijkestart.mdo.meetings.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import nl.kansrijkestart.mdo.meetings.AgendaStatus;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    /**
     * The item, locked until the transaction ends: two people writing the first text of an item at
     * once then take turns, and the second sees the first's row instead of inserting a duplicate.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from AgendaItem i where i.id = :id")
    Optional<AgendaItem> lockById(long id);

    /** The item; an unknown id is refused like any invalid input, with the same message everywhere. */
    default AgendaItem existing(long id) {
        return findById(id).orElseThrow(AgendaItemRepository::unknown);
    }

    /** The item, locked as {@link #lockById}; an unknown id is refused as by {@link #existing}. */
    default AgendaItem lockExisting(long id) {
        return lockById(id).orElseThrow(AgendaItemRepository::unknown);
    }

    private static InvalidInputException unknown() {
        return new InvalidInputException("item", "agenda.validation.unknown-item");
    }

    List<AgendaItem> findByMeetingIdOrderByPositionAscSubmittedAtAsc(long meetingId);

    List<AgendaItem> findByCaseNumberAndStatusIn(String caseNumber, Collection<AgendaStatus> statuses);

    List<AgendaItem> findBySubmittedByUserIdOrderBySubmittedAtDesc(long userId);

    /** The meetings that have the case on their agenda, in any state of its item. */
    @Query("select distinct i.meetingId from AgendaItem i where i.caseNumber = :caseNumber")
    List<Long> meetingsWithCase(String caseNumber);

    long countByMeetingIdAndStatus(long meetingId, AgendaStatus status);

    boolean existsByMeetingIdAndCaseNumberAndStatusIn(long meetingId, String caseNumber,
            Collection<AgendaStatus> statuses);

    boolean existsByMeetingIdAndCaseNumber(long meetingId, String caseNumber);

    /** Whether the case has an item, in any state, on the agenda of a meeting this user chairs. */
    @Query("""
            select count(i) > 0 from AgendaItem i, Meeting m
            where m.id = i.meetingId and i.caseNumber = :caseNumber and m.chairUserId = :userId""")
    boolean isOnAgendaChairedBy(String caseNumber, long userId);
}
