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
    private NotesService notes;

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

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theSecondOfTwoEditorsOnTheSameVersionIsRefusedWithTheFirstOnesNameAndTheFirstTextStays() {
        AgendaEntry item = runningMeetingWith("N.A.").item();
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
        Running running = runningMeetingWith("N.B.");
        AgendaEntry item = running.item();
        Note saved = notes.save(item.id(), null, "Afspraken gemaakt.");
        outcomes.close(running.meeting().id(), running.meeting().version());

        assertThatThrownBy(() -> notes.save(item.id(), saved.version(), "Te laat."))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).contains("outcome.validation.locked"));
    }

    @Test
    void somebodyNotInvitedNeitherReadsNorWritesTheNotes() {
        AgendaEntry item = runningMeetingWith("N.C.").item();
        signedIn.as("huisarts");

        assertThatThrownBy(() -> notes.save(item.id(), null, "x")).isInstanceOf(MeetingNotFoundException.class);
        assertThatThrownBy(() -> notes.note(item.id())).isInstanceOf(MeetingNotFoundException.class);
    }

    /** An accepted item of a meeting the chair has started; leaves the chair signed in. */
    private Running runningMeetingWith(String initials) {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(LocalDate.now().plusDays(10), Set.of(idOf(users, "jgz"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(planned.id(), created.caseNumber(), "Wat is nodig?", false);
        signedIn.as("voorzitter");
        AgendaEntry item = agendas.accept(request.id(), request.version());
        MeetingSummary current = meetings.open(planned.id());
        return new Running(outcomes.start(current.id(), current.version()), item);
    }

    private record Running(MeetingSummary meeting, AgendaEntry item) {}
}
