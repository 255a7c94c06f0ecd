package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios.Running;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The chair's conclusion is saved as it is typed; no save, however close in time, loses another. */
@IntegrationTest
class ConclusionServiceTest {

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private ConclusionService conclusions;

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
    void twoScreensTypingTheSameConclusionNeverLoseAChangeAndTheSecondLearnsWhoSavedFirst() {
        AgendaEntry item = scenarios.running("C.A.", "jgz").item();
        String chair = users.require().displayName();
        Outcome first = conclusions.write(item.id(), null, "Kraamzorg verlengen.");

        assertThatThrownBy(() -> conclusions.write(item.id(), null, "Wijkteam neemt regie."))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        refused -> assertThat(refused.changedBy()).isEqualTo(chair));
        Outcome merged = conclusions.write(item.id(), first.version(), first.conclusion() + " Wijkteam neemt regie.");
        assertThatThrownBy(() -> conclusions.write(item.id(), first.version(), "Oude versie"))
                .isInstanceOf(ConcurrentChangeException.class);

        signedIn.as("jgz");
        assertThat(conclusions.outcome(item.id())).get().satisfies(newest -> {
            assertThat(newest.conclusion()).isEqualTo("Kraamzorg verlengen. Wijkteam neemt regie.");
            assertThat(newest.version()).isEqualTo(merged.version());
            assertThat(newest.status()).isNull();
        });
    }

    @Test
    void aTypedConclusionCountsNothingUntilTheChairRecordsTheItemOnTheVersionTheConclusionLeft() {
        AgendaEntry item = scenarios.running("C.B.", "jgz").item();
        Outcome typed = conclusions.write(item.id(), null, "Huisarts verwijst door.");

        assertThatThrownBy(() -> outcomes.record(item.id(), null, discussed("Huisarts verwijst door.")))
                .isInstanceOf(ConcurrentChangeException.class);
        Outcome recorded = outcomes.record(item.id(), typed.version(), discussed("Huisarts verwijst door."));

        assertThat(recorded.status()).isEqualTo(OutcomeStatus.DISCUSSED);
        assertThatThrownBy(() -> conclusions.write(item.id(), typed.version(), "Later getypt"))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(conclusions.write(item.id(), recorded.version(), "Huisarts verwijst door naar POP.").status())
                .isEqualTo(OutcomeStatus.DISCUSSED);
    }

    @Test
    void twoFirstSavesAtTheSameMomentGiveOneTextAndTheOtherTheNameOfItsWriterNeverAnError() throws Exception {
        for (int round = 0; round < 3; round++) {
            Running running = scenarios.running("R." + (char) ('A' + round) + ".", "jgz");
            long itemId = running.item().id();
            List<Object> results = atOnce(
                    () -> notes.save(itemId, null, "Notitie van de voorzitter"),
                    () -> notes.save(itemId, null, "Notitie van de tweede pagina"));
            assertThat(results).hasAtLeastOneElementOfType(Note.class)
                    .allMatch(result -> result instanceof Note || result instanceof ConcurrentChangeException);
            results = atOnce(
                    () -> conclusions.write(itemId, null, "Conclusie A"),
                    () -> conclusions.write(itemId, null, "Conclusie B"));
            assertThat(results).hasAtLeastOneElementOfType(Outcome.class)
                    .allMatch(result -> result instanceof Outcome || result instanceof ConcurrentChangeException);
        }
    }

    @Test
    void onlyTheMeetingsOwnChairWritesTheConclusionAndOnlyWhileItRuns() {
        Running running = scenarios.running("C.C.", "jgz");
        AgendaEntry item = running.item();
        Outcome typed = conclusions.write(item.id(), null, "Afspraken gemaakt.");

        signedIn.as("jgz");
        assertThatThrownBy(() -> conclusions.write(item.id(), typed.version(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("pop-voorzitter");
        assertThatThrownBy(() -> conclusions.write(item.id(), typed.version(), "x"))
                .isInstanceOf(MeetingNotFoundException.class);
        assertThatThrownBy(() -> conclusions.outcome(item.id())).isInstanceOf(MeetingNotFoundException.class);

        signedIn.as("voorzitter");
        outcomes.close(running.meeting().id(), running.meeting().version());
        assertThatThrownBy(() -> conclusions.write(item.id(), typed.version(), "Te laat."))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).contains("outcome.validation.locked"));
    }

    /** Runs both as the chair on two threads released together; each answer or refusal in order. */
    private List<Object> atOnce(Supplier<?> one, Supplier<?> other) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pages = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> answers = new ArrayList<>();
            for (Supplier<?> save : List.of(one, other)) {
                answers.add(pages.submit(() -> {
                    signedIn.as("voorzitter");
                    together.await();
                    try {
                        return save.get();
                    } catch (RuntimeException refused) {
                        return refused;
                    } finally {
                        signedIn.nobody();
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pages.shutdown();
        }
    }

    private static OutcomeDraft discussed(String conclusion) {
        return new OutcomeDraft(OutcomeStatus.DISCUSSED, conclusion, FollowUp.NONE, null);
    }
}
