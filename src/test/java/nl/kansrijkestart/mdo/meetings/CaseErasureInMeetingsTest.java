package nl.kansrijkestart.mdo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios.Running;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Erasing a case erases what the meetings wrote about it too; the minutes' structure stays. */
@IntegrationTest
@RecordApplicationEvents
class CaseErasureInMeetingsTest {

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private NotesService notes;

    @Autowired
    private ActionService actions;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private AddendumService addenda;

    @Autowired
    private MeetingAgenda agendas;

    @Autowired
    private CaseMinutesService minutes;

    @Autowired
    private CaseService cases;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private ApplicationEvents events;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theQuestionNotesConclusionActionsAndAddendaAboutAnErasedCaseAreErased() {
        Running running = scenarios.running("E.R.", "jgz", "verloskundige");
        long item = running.item().id();
        notes.save(item, null, "Mevrouw E.R. woont bij haar moeder in Presikhaaf.");
        actions.agree(item, new ActionDraft("Huisbezoek bij E.R. plannen", null, "Kraamzorg Het Nest",
                LocalDate.now().plusDays(14)));
        outcomes.record(item, null, new OutcomeDraft(OutcomeStatus.DISCUSSED, "E.R. krijgt verlengde kraamzorg.",
                FollowUp.NONE, null));
        MeetingSummary current = meetings.open(running.meeting().id());
        outcomes.close(current.id(), current.version());
        addenda.add(item, "E.R. is verhuisd naar Ede.");

        signedIn.as("verloskundige");
        cases.erase(running.caseNumber(), cases.open(running.caseNumber()).version(), "Verzoek van cliënte");

        assertThat(minutes.minutes(running.caseNumber())).singleElement().satisfies(read -> {
            assertThat(read.outcome().status()).isEqualTo(OutcomeStatus.DISCUSSED);
            assertThat(read.outcome().conclusion()).isNull();
            assertThat(read.notes()).isEqualTo(CaseErasureListener.ERASED);
            assertThat(read.actions()).extracting(AgreedAction::what).containsExactly(CaseErasureListener.ERASED);
            assertThat(read.actions()).extracting(AgreedAction::assigneeName).containsExactly("Kraamzorg Het Nest");
            assertThat(read.addenda()).extracting(Addendum::text).containsExactly(CaseErasureListener.ERASED);
        });
        signedIn.as("voorzitter");
        assertThat(agendas.agenda(running.meeting().id())).extracting(AgendaEntry::question)
                .containsExactly(CaseErasureListener.ERASED);
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> "agenda-free-text".equals(e.object())
                && e.action() == AuditAction.DELETE && running.caseNumber().equals(e.caseNumber()));
    }
}
