package nl.kansrijkestart.mdo.meetings;

import nl.kansrijkestart.mdo.cases.meetingaccess.MeetingAgendas;
import nl.kansrijkestart.mdo.meetings.internal.AgendaItemRepository;
import nl.kansrijkestart.mdo.meetings.internal.MeetingRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the cases module which agendas a case is on; see {@link MeetingAgendas}. */
@Component
class AgendaMembership implements MeetingAgendas {

    private final AgendaItemRepository items;
    private final MeetingRepository meetings;

    AgendaMembership(AgendaItemRepository items, MeetingRepository meetings) {
        this.items = items;
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean onAgendaChairedBy(String caseNumber, long userId) {
        return items.isOnAgendaChairedBy(caseNumber, userId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean onAgendaOpenTo(String caseNumber, long meetingId, long userId) {
        return items.existsByMeetingIdAndCaseNumber(meetingId, caseNumber)
                && meetings.findById(meetingId).filter(meeting -> meeting.isOpenTo(userId)).isPresent();
    }
}
