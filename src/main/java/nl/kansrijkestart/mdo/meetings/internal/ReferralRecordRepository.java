package nl.kansrijkestart.mdo.meetings.internal;

import java.util.Collection;
import java.util.List;
import nl.kansrijkestart.mdo.meetings.ReferralStatus;
import nl.kansrijkestart.mdo.offer.OfferKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralRecordRepository extends JpaRepository<ReferralRecord, Long> {

    List<ReferralRecord> findByCaseNumberOrderByAdvisedOnAscIdAsc(String caseNumber);

    List<ReferralRecord> findByAgendaItemIdOrderByIdAsc(long agendaItemId);

    List<ReferralRecord> findByAgendaItemIdInOrderByIdAsc(Collection<Long> agendaItemIds);

    List<ReferralRecord> findByCaseNumberInAndStatusInOrderByAdvisedOnAscIdAsc(Collection<String> caseNumbers,
            Collection<ReferralStatus> statuses);

    boolean existsByCaseNumberAndOfferKindAndStartedOnIsNotNullAndIdNot(String caseNumber, OfferKind kind, long id);

    boolean existsByCaseNumberAndLocalTeamIsTrueAndStartedOnIsNotNullAndIdNot(String caseNumber, long id);
}
