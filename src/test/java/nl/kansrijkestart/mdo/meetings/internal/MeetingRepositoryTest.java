package nl.kansrijkestart.mdo.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.AgendaStatus;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Meetings, invitations and agenda items as stored, on H2 and on PostgreSQL. */
@DatabaseTest
class MeetingRepositoryTest {

    private static final long CHAIR = 800_001L;
    private static final long INVITED = 800_002L;
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    private MeetingRepository meetings;

    @Autowired
    private AgendaItemRepository items;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aMeetingKeepsItsParticipantsAndGuestsAndIsFoundForChairAndInvitedOnly() {
        Meeting meeting = newMeeting("GM0202", null);
        meeting.getParticipants().add(new MeetingParticipant(INVITED, "Ina Huisarts", Discipline.GP));
        meeting.getGuests().add(new MeetingGuest("P. de Vries", "Veilig Thuis", Discipline.OTHER));
        meeting.getGuests().add(new MeetingGuest("K. Bakker", "Kraamzorg Het Nest", Discipline.MATERNITY_CARE));
        long id = meetings.saveAndFlush(meeting).requireId();

        Meeting stored = meetings.findById(id).orElseThrow();
        assertThat(stored.getStartsAt()).isEqualTo(NOW.plus(7, ChronoUnit.DAYS));
        assertThat(stored.getGuests()).extracting(MeetingGuest::name).containsExactly("P. de Vries", "K. Bakker");
        assertThat(meetings.findForUser(CHAIR)).extracting(Meeting::requireId).contains(id);
        assertThat(meetings.findForUser(INVITED)).extracting(Meeting::requireId).containsExactly(id);
        assertThat(meetings.findForUser(800_003L)).isEmpty();
    }

    @Test
    void theDatabaseRefusesAMeetingWithBothAMunicipalityAndARegion() {
        assertThatThrownBy(() -> meetings.saveAndFlush(newMeeting("GM0202", "GELDERLAND-MIDDEN")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesARejectionWithoutReason() {
        long meetingId = meetings.saveAndFlush(newMeeting("GM0202", null)).requireId();
        AgendaItem item = items.saveAndFlush(new AgendaItem(meetingId, "K-DB-1", false, INVITED, "Ina Huisarts",
                NOW, "Vraag", false));
        assertThatThrownBy(() -> jdbc.update("UPDATE agenda_item SET status = 'REJECTED' WHERE id = ?",
                item.requireId())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void agendaItemsAreListedInTheirOrderAndFoundByCaseAndStatus() {
        long meetingId = meetings.saveAndFlush(newMeeting("GM0202", null)).requireId();
        AgendaItem second = new AgendaItem(meetingId, "K-DB-2", false, INVITED, "Ina", NOW, "Vraag 2", true);
        second.accept(2);
        second.setSlot(LocalTime.of(13, 30), 20);
        AgendaItem first = new AgendaItem(meetingId, "K-DB-3", true, INVITED, "Ina", NOW, "Vraag 3", false);
        first.accept(1);
        items.saveAllAndFlush(List.of(second, first));

        assertThat(items.findByMeetingIdOrderByPositionAscSubmittedAtAsc(meetingId))
                .extracting(AgendaItem::getCaseNumber).containsExactly("K-DB-3", "K-DB-2");
        assertThat(items.findByCaseNumberAndStatusIn("K-DB-2", List.of(AgendaStatus.ACCEPTED)))
                .singleElement().satisfies(item -> assertThat(item.getSlotStart()).isEqualTo(LocalTime.of(13, 30)));
        assertThat(items.existsByMeetingIdAndCaseNumberAndStatusIn(meetingId, "K-DB-3",
                List.of(AgendaStatus.REQUESTED))).isFalse();
    }

    private static Meeting newMeeting(String municipality, String region) {
        return new Meeting(MeetingType.POP, NOW.plus(7, ChronoUnit.DAYS), 60, "Ziekenhuis Rijnzicht", null,
                municipality, region, CHAIR, "Pieter Voorzitter", null, NOW);
    }
}
