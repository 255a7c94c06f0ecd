package nl.kansrijkestart.mdo.meetings.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /** The meetings a user chairs or is invited to, in order of their start. */
    @Query("""
            select distinct m from Meeting m left join m.participants p
            where m.chairUserId = :userId or p.userId = :userId
            order by m.startsAt""")
    List<Meeting> findForUser(@Param("userId") long userId);

    List<Meeting> findByChairUserIdAndStatusOrderByStartsAtAsc(long chairUserId, MeetingStatus status);

    /** The first meeting of a chair in a given status from a moment on, for a re-discussion request. */
    Optional<Meeting> findFirstByChairUserIdAndStatusAndStartsAtGreaterThanEqualOrderByStartsAtAsc(long chairUserId,
            MeetingStatus status, Instant from);
}
