package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.keys;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** After closing, the minutes stay as they were; corrections are added underneath and logged. */
@IntegrationTest
@RecordApplicationEvents
class AddendumServiceTest {

    private static final OutcomeDraft DISCUSSED = new OutcomeDraft(OutcomeStatus.DISCUSSED,
            "Wijkteam start schuldhulp.", FollowUp.NONE, null);

    @Autowired
    private AddendumService addenda;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private CaseService cases;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private ApplicationEvents events;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theChairAddsAnAddendumUnderTheLockedMinutesWhichStayAsTheyWere() {
        WithItem closed = closedMeetingWith("D.A.");
        String chair = users.require().displayName();

        Addendum added = addenda.add(closed.item().id(), "  Schuldhulp start pas in maart.  ");

        assertThat(added.text()).isEqualTo("Schuldhulp start pas in maart.");
        assertThat(added.writtenBy()).isEqualTo(chair);
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> "agenda-addendum".equals(e.object())
                && e.action() == AuditAction.CREATE && closed.item().caseNumber().equals(e.caseNumber()));
        signedIn.as("jgz");
        assertThat(addenda.addenda(closed.meeting().id())).singleElement()
                .satisfies(read -> assertThat(read.text()).isEqualTo("Schuldhulp start pas in maart."));
        assertThat(outcomes.outcomes(closed.meeting().id())).singleElement()
                .satisfies(minutes -> assertThat(minutes.conclusion()).isEqualTo("Wijkteam start schuldhulp."));
    }

    @Test
    void aParticipantOnTheCaresTeamMayAddOneAnotherParticipantIsToldWhyNotAndAnOutsiderSeesNoMeeting() {
        WithItem closed = closedMeetingWith("D.B.");

        signedIn.as("verloskundige");
        assertThat(addenda.add(closed.item().id(), "Cliënte is verhuisd naar Ede.").writtenBy()).isNotBlank();
        signedIn.as("jgz");
        assertThatThrownBy(() -> addenda.add(closed.item().id(), "Aanvulling"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("addendum.validation.not-care-team"));
        signedIn.as("huisarts");
        assertThatThrownBy(() -> addenda.add(closed.item().id(), "Aanvulling"))
                .isInstanceOf(MeetingNotFoundException.class);
        signedIn.as("coordinator");
        assertThatThrownBy(() -> addenda.add(closed.item().id(), "Aanvulling"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void noAddendumBeforeClosingAndNeverAnEmptyOne() {
        WithItem closed = closedMeetingWith("D.C.");
        assertThatThrownBy(() -> addenda.add(closed.item().id(), "   "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("validation.required"));

        WithItem running = runningMeeting("D.D.");
        assertThatThrownBy(() -> addenda.add(running.item().id(), "Te vroeg"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("addendum.validation.not-closed"));
    }

    /** A meeting with one item recorded as discussed, closed; leaves the chair signed in. */
    private WithItem closedMeetingWith(String initials) {
        WithItem running = runningMeeting(initials);
        outcomes.record(running.item().id(), null, DISCUSSED);
        MeetingSummary current = meetings.open(running.meeting().id());
        return new WithItem(outcomes.close(current.id(), current.version()), running.item());
    }

    /** A started meeting with one accepted item. */
    private WithItem runningMeeting(String initials) {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(LocalDate.now().plusDays(9),
                Set.of(idOf(users, "jgz"), idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(planned.id(), created.caseNumber(), "Wat is nodig?", false);
        signedIn.as("voorzitter");
        AgendaEntry item = agendas.accept(request.id(), request.version());
        MeetingSummary current = meetings.open(planned.id());
        return new WithItem(outcomes.start(current.id(), current.version()), item);
    }

    private record WithItem(MeetingSummary meeting, AgendaEntry item) {}
}
