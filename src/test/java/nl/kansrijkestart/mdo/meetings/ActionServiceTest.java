package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.keys;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.today;
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
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Actions agreed in a running meeting reach the assignee, who alone marks them done. */
@IntegrationTest
class ActionServiceTest {

    private static final LocalDate NEXT_WEEK = LocalDate.now().plusDays(7);

    @Autowired
    private ActionService actions;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private MeetingAgenda agenda;

    @Autowired
    private MeetingService meetings;

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
    void anActionForAnInvitedUserAppearsInTheirActionsAndOnlyTheyMarkItDone() {
        AgendaEntry item = runningMeetingWithItem("A.A.");
        AgreedAction agreed = actions.agree(item.id(), new ActionDraft("Huisbezoek plannen met de ouders",
                idOf(users, "jgz"), null, NEXT_WEEK.plusDays(3)));

        signedIn.as("verloskundige");
        assertThat(actions.myActions()).extracting(AgreedAction::id).doesNotContain(agreed.id());
        assertThatThrownBy(() -> actions.markDone(agreed.id(), agreed.version()))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("jgz");
        assertThat(actions.myActions()).filteredOn(a -> a.id() == agreed.id()).singleElement()
                .satisfies(mine -> assertThat(mine.caseNumber()).isEqualTo(item.caseNumber()));
        assertThat(actions.markDone(agreed.id(), agreed.version()).done()).isTrue();
    }

    @Test
    void anExternalPartyIsNamedWithoutAnAccount() {
        AgendaEntry item = runningMeetingWithItem("A.B.");
        AgreedAction agreed = actions.agree(item.id(),
                new ActionDraft("Schuldhulp aanvragen", null, "Schuldhulpmaatje Arnhem", NEXT_WEEK));
        assertThat(agreed.assigneeUserId()).isNull();
        assertThat(agreed.assigneeName()).isEqualTo("Schuldhulpmaatje Arnhem");
    }

    @Test
    void aDueDateInThePastAUserWhoIsNotInvitedAndNoAssigneeAreRefusedTogether() {
        AgendaEntry item = runningMeetingWithItem("A.C.");
        assertThatThrownBy(() -> actions.agree(item.id(),
                new ActionDraft("Bellen", idOf(users, "kinderarts"), null, LocalDate.now().minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(keys(refused))
                        .containsExactlyInAnyOrder("actions.validation.due-in-past",
                                "actions.validation.assignee-not-invited"));
        assertThatThrownBy(() -> actions.agree(item.id(), new ActionDraft("Bellen", null, " ", NEXT_WEEK)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(keys(refused))
                        .containsExactly("actions.validation.assignee-required"));
    }

    @Test
    void noActionsAreAddedAfterTheMeetingIsClosed() {
        AgendaEntry item = runningMeetingWithItem("A.D.");
        MeetingSummary running = meetings.myMeetings().stream()
                .filter(m -> m.status() == MeetingStatus.RUNNING && agendaHolds(m, item)).findFirst().orElseThrow();
        outcomes.close(running.id(), running.version());
        assertThatThrownBy(() -> actions.agree(item.id(), new ActionDraft("Bellen", null, "Kraamzorg", NEXT_WEEK)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("outcome.validation.locked"));
    }

    private boolean agendaHolds(MeetingSummary meeting, AgendaEntry item) {
        return agenda.agenda(meeting.id()).stream().anyMatch(entry -> entry.id() == item.id());
    }

    /** Leaves the chair signed in. */
    private AgendaEntry runningMeetingWithItem(String initials) {
        signedIn.as("voorzitter");
        MeetingSummary meeting = meetings.plan(mdoInArnhem(today(),
                Set.of(idOf(users, "verloskundige"), idOf(users, "jgz"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry request = agendas.submit(meeting.id(), created.caseNumber(), "Wat spreken we af?", false);
        signedIn.as("voorzitter");
        AgendaEntry accepted = agendas.accept(request.id(), request.version());
        outcomes.start(meeting.id(), meeting.version());
        return accepted;
    }
}
