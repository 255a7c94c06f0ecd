package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios.Running;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Everyone taking part types the shared notes; nobody silently overwrites another. */
@IntegrationTest
class NotesServiceTest {

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private NotesService notes;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theSecondOfTwoEditorsOnTheSameVersionIsRefusedWithTheFirstOnesNameAndTheFirstTextStays() {
        AgendaEntry item = scenarios.running("N.A.", "jgz").item();
        signedIn.as("jgz");
        String jgz = users.require().displayName();
        Note first = notes.save(item.id(), null, "Moeder wil kraamzorg langer.");

        signedIn.as("voorzitter");
        assertThatThrownBy(() -> notes.save(item.id(), null, "Vader komt volgende keer mee."))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        refused -> assertThat(refused.changedBy()).isEqualTo(jgz));
        Note later = notes.save(item.id(), first.version(), first.text() + " Vader komt volgende keer mee.");

        assertThatThrownBy(() -> notes.save(item.id(), first.version(), "Oude versie"))
                .isInstanceOf(ConcurrentChangeException.class);
        signedIn.as("jgz");
        assertThat(notes.note(item.id())).get().satisfies(newest -> {
            assertThat(newest.text()).isEqualTo("Moeder wil kraamzorg langer. Vader komt volgende keer mee.");
            assertThat(newest.version()).isEqualTo(later.version());
        });
    }

    @Test
    void notesAreLockedOnceTheMeetingIsClosed() {
        Running running = scenarios.running("N.B.", "jgz");
        AgendaEntry item = running.item();
        Note saved = notes.save(item.id(), null, "Afspraken gemaakt.");
        outcomes.close(running.meeting().id(), running.meeting().version());

        assertThatThrownBy(() -> notes.save(item.id(), saved.version(), "Te laat."))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).contains("outcome.validation.locked"));
    }

    @Test
    void somebodyNotInvitedNeitherReadsNorWritesTheNotes() {
        AgendaEntry item = scenarios.running("N.C.", "jgz").item();
        signedIn.as("huisarts");

        assertThatThrownBy(() -> notes.save(item.id(), null, "x")).isInstanceOf(MeetingNotFoundException.class);
        assertThatThrownBy(() -> notes.note(item.id())).isInstanceOf(MeetingNotFoundException.class);
    }
}
