package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios.Running;
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

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private AddendumService addenda;

    @Autowired
    private OutcomeService outcomes;

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
        Running closed = scenarios.closed("D.A.", "Wijkteam start schuldhulp.", "jgz", "verloskundige");
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
        Running closed = scenarios.closed("D.B.", "Wijkteam start schuldhulp.", "jgz", "verloskundige");

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
        Running closed = scenarios.closed("D.C.", "Wijkteam start schuldhulp.", "jgz", "verloskundige");
        assertThatThrownBy(() -> addenda.add(closed.item().id(), "   "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("validation.required"));

        Running running = scenarios.running("D.D.", "jgz", "verloskundige");
        assertThatThrownBy(() -> addenda.add(running.item().id(), "Te vroeg"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("addendum.validation.not-closed"));
    }
}
