package nl.kansrijkestart.mdo.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.FollowUp;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.meetings.OutcomeStatus;
import nl.kansrijkestart.mdo.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Outcomes, agreed actions and presence as stored, on H2 and on PostgreSQL. */
@DatabaseTest
class RunMeetingTablesTest {

    private static final long CHAIR = 810_001L;
    private static final long ASSIGNEE = 810_002L;
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    private MeetingRepository meetings;

    @Autowired
    private AgendaItemRepository items;

    @Autowired
    private AgendaOutcomeRepository outcomes;

    @Autowired
    private AgendaActionRepository actions;

    @Autowired
    private AgendaAddendumRepository addenda;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aConclusionTypedBeforeTheOutcomeIsRecordedIsStoredWithoutAStatus() {
        AgendaItem item = item("K-RUN-5");
        AgendaOutcome typed = new AgendaOutcome(item.requireId());
        typed.writeConclusion("Nog niet besloten", "Voorzitter", NOW);
        outcomes.saveAndFlush(typed);

        assertThat(outcomes.findByAgendaItemId(item.requireId())).hasValueSatisfying(stored -> {
            assertThat(stored.getStatus()).isNull();
            assertThat(stored.getConclusion()).isEqualTo("Nog niet besloten");
            assertThat(stored.isCounted()).isFalse();
        });
    }

    @Test
    void addendaAreKeptInTheOrderTheyWereWrittenAndACancelledMeetingIsStored() {
        AgendaItem item = item("K-RUN-6");
        addenda.saveAndFlush(new AgendaAddendum(item.requireId(), "Tweede", CHAIR, "Voorzitter", NOW.plusSeconds(60)));
        addenda.saveAndFlush(new AgendaAddendum(item.requireId(), "Eerste", ASSIGNEE, "Ina", NOW));
        assertThat(addenda.findByAgendaItemIdInOrderByWrittenAtAscIdAsc(List.of(item.requireId())))
                .extracting(AgendaAddendum::getText).containsExactly("Eerste", "Tweede");

        Meeting meeting = newMeeting();
        meeting.cancel();
        long id = meetings.saveAndFlush(meeting).requireId();
        assertThat(jdbc.queryForObject("SELECT status FROM meeting WHERE id = ?", String.class, id))
                .isEqualTo("CANCELLED");
    }

    @Test
    void anOutcomeIsStoredOncePerItemAndRemembersThatItWasCounted() {
        AgendaItem item = item("K-RUN-1");
        AgendaOutcome outcome = new AgendaOutcome(item.requireId());
        outcome.record(OutcomeStatus.DISCUSSED, "Advies", FollowUp.REDISCUSS, LocalDate.now().plusDays(30), "Voorzitter",
                NOW);
        outcome.markCounted();
        outcomes.saveAndFlush(outcome);

        assertThat(outcomes.findByAgendaItemId(item.requireId())).hasValueSatisfying(stored -> {
            assertThat(stored.isCounted()).isTrue();
            assertThat(stored.markCounted()).isFalse();
        });
        assertThatThrownBy(() -> outcomes.saveAndFlush(new AgendaOutcome(item.requireId())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesAReDiscussionWithoutADate() {
        AgendaItem item = item("K-RUN-2");
        AgendaOutcome outcome = new AgendaOutcome(item.requireId());
        outcome.record(OutcomeStatus.DISCUSSED, null, FollowUp.REDISCUSS, null, "Voorzitter", NOW);
        assertThatThrownBy(() -> outcomes.saveAndFlush(outcome)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void actionsAreFoundForTheirAssigneeByDueDate() {
        AgendaItem item = item("K-RUN-3");
        LocalDate today = LocalDate.now();
        actions.saveAllAndFlush(List.of(
                new AgendaAction(item.requireId(), "Later", ASSIGNEE, "Ina", today.plusDays(9), "Voorzitter", NOW),
                new AgendaAction(item.requireId(), "Eerst", ASSIGNEE, "Ina", today.plusDays(2), "Voorzitter", NOW),
                new AgendaAction(item.requireId(), "Extern", null, "Veilig Thuis", today, "Voorzitter", NOW)));
        assertThat(actions.findByAssigneeUserIdOrderByDueOnAscIdAsc(ASSIGNEE)).extracting(AgendaAction::getWhat)
                .containsExactly("Eerst", "Later");
        assertThat(actions.findByAgendaItemIdInOrderByDueOnAscIdAsc(List.of(item.requireId()))).hasSize(3);
    }

    @Test
    void presenceOfParticipantsAndGuestsIsStored() {
        Meeting meeting = newMeeting();
        meeting.getParticipants().add(new MeetingParticipant(ASSIGNEE, "Ina", Discipline.GP).withPresence(true));
        meeting.getGuests().add(new MeetingGuest("P. de Vries", "Veilig Thuis", Discipline.OTHER));
        long id = meetings.saveAndFlush(meeting).requireId();
        assertThat(jdbc.queryForObject("SELECT present FROM meeting_participant WHERE meeting_id = ?", Boolean.class,
                id)).isTrue();
        assertThat(jdbc.queryForObject("SELECT present FROM meeting_guest WHERE meeting_id = ?", Boolean.class, id))
                .isFalse();
    }

    private AgendaItem item(String caseNumber) {
        long meetingId = meetings.saveAndFlush(newMeeting()).requireId();
        AgendaItem item = new AgendaItem(meetingId, caseNumber, false, ASSIGNEE, "Ina", NOW, "Vraag", false);
        item.accept(1);
        return items.saveAndFlush(item);
    }

    private static Meeting newMeeting() {
        return new Meeting(MeetingType.MDO_VULNERABLE_PREGNANCY, NOW.plus(7, ChronoUnit.DAYS), 60, "Stadskantoor",
                null, "GM0202", null, CHAIR, "Pieter Voorzitter", null, NOW);
    }
}
