package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.springframework.boot.test.context.TestComponent;

/**
 * The meetings most tests start from: the chair {@code voorzitter} runs an MDO in Arnhem today (a
 * meeting starts on its planned day, never before it)
 * with one accepted case that {@code verloskundige} registered (consent for midwife and JGZ) and
 * submitted. Each method leaves the chair signed in.
 */
@TestComponent
public class MeetingScenarios {

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final OutcomeService outcomes;
    private final CaseService cases;
    private final CurrentUserService users;
    private final SignedIn signedIn;

    MeetingScenarios(MeetingService meetings, AgendaService agendas, OutcomeService outcomes, CaseService cases,
            CurrentUserService users, SignedIn signedIn) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.outcomes = outcomes;
        this.cases = cases;
        this.users = users;
        this.signedIn = signedIn;
    }

    /** Registers and submits the case; invited to every meeting, since only invited professionals submit. */
    static final String SUBMITTER = "verloskundige";

    /** Started, with {@code invitees} (user names) and the submitter invited. */
    public Running running(String initials, String... invitees) {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(MeetingFixtures.today(),
                Stream.concat(Stream.of(SUBMITTER), Arrays.stream(invitees)).map(name -> idOf(users, name))
                        .collect(Collectors.toSet())));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(planned.id(), created.caseNumber(), "Wat is nodig?", false);
        signedIn.as("voorzitter");
        AgendaEntry item = agendas.accept(request.id(), request.version());
        MeetingSummary current = meetings.open(planned.id());
        return new Running(outcomes.start(current.id(), current.version()), item);
    }

    /** Started, the case recorded as discussed with {@code conclusion}, and closed. */
    public Running closed(String initials, String conclusion, String... invitees) {
        Running running = running(initials, invitees);
        outcomes.record(running.item().id(), null,
                new OutcomeDraft(OutcomeStatus.DISCUSSED, conclusion, FollowUp.NONE, null));
        MeetingSummary current = meetings.open(running.meeting().id());
        return new Running(outcomes.close(current.id(), current.version()), running.item());
    }

    /**
     * Puts the case on the agenda of a planned meeting of {@code voorzitter} as a request by
     * {@code submitter} (on its care team, invited), as the cases module wants before it answers the
     * chair about the case. Leaves the chair signed in.
     */
    public void submittedToTheChair(String caseNumber, String submitter) {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(LocalDate.now().plusDays(10),
                Set.of(idOf(users, submitter))));
        signedIn.as(submitter);
        agendas.submit(planned.id(), caseNumber, "Wat is nodig?", false);
        signedIn.as("voorzitter");
    }

    public record Running(MeetingSummary meeting, AgendaEntry item) {

        public String caseNumber() {
            return item.caseNumber();
        }
    }
}
