package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.anonymousCase;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.keys;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.ConsentService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Submitting cases through the consent gate, and the chair's decisions on the agenda. */
@IntegrationTest
@RecordApplicationEvents
class AgendaServiceTest {

    private static final LocalDate NEXT_WEEK = LocalDate.now().plusDays(7);

    @Autowired
    private AgendaService agendas;

    @Autowired
    private MeetingAgenda agenda;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private CaseService cases;

    @Autowired
    private ConsentService consents;

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
    void aNamedCaseWhoseConsentWasWithdrawnIsRefusedAndTheRefusalNamesTheWithdrawal() {
        MeetingSummary meeting = plannedMeeting();
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("W.A."), consentFor(Discipline.MIDWIFE));
        consents.withdraw(created.caseNumber(), created.version(), created.consents().getFirst().id(), null);
        assertThatThrownBy(() -> agendas.submit(meeting.id(), created.caseNumber(), "Wat nu?", false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("agenda.consent-withdrawn"));
    }

    @Test
    void anAnonymousCaseMayBeSubmittedWithoutConsent() {
        MeetingSummary meeting = plannedMeeting();
        signedIn.as("wijkteam");
        CaseDetails created = cases.register(anonymousCase(), null);
        AgendaEntry submitted = agendas.submit(meeting.id(), created.caseNumber(), "Wie neemt regie?", true);
        assertThat(submitted.status()).isEqualTo(AgendaStatus.REQUESTED);
        assertThat(submitted.anonymous()).isTrue();
        assertThat(submitted.parentsAttend()).isTrue();
        assertThat(events.stream(AuditEvent.class))
                .anyMatch(e -> e.object().equals("agenda-item") && created.caseNumber().equals(e.caseNumber()));
    }

    @Test
    void theChairRejectsOnlyWithAReasonWhichTheSubmitterThenSees() {
        MeetingSummary meeting = plannedMeeting();
        AgendaEntry submitted = submittedByMidwife(meeting, "W.B.");
        signedIn.as("voorzitter");
        assertThatThrownBy(() -> agendas.reject(submitted.id(), submitted.version(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("validation.required"));
        AgendaEntry rejected = agendas.reject(submitted.id(), submitted.version(), "Eerst bespreken in het wijkteam.");
        assertThat(rejected.status()).isEqualTo(AgendaStatus.REJECTED);

        signedIn.as("verloskundige");
        assertThat(agenda.mySubmissions()).filteredOn(s -> s.itemId() == submitted.id()).singleElement()
                .satisfies(s -> assertThat(s.rejectionReason()).isEqualTo("Eerst bespreken in het wijkteam."));
    }

    @Test
    void theChairAcceptsOrdersAndTimesTheAgendaWhichParticipantsThenSee() {
        MeetingSummary meeting = plannedMeeting();
        AgendaEntry first = submittedByMidwife(meeting, "W.C.");
        AgendaEntry second = submittedByMidwife(meeting, "W.D.");
        signedIn.as("voorzitter");
        agendas.accept(first.id(), first.version());
        agendas.accept(second.id(), second.version());
        agendas.order(meeting.id(), List.of(second.id(), first.id()), meeting.version());
        agendas.setSlot(second.id(), onAgenda(meeting, second).version(), LocalTime.of(13, 0), 20);
        long firstVersion = onAgenda(meeting, first).version();
        assertThatThrownBy(() -> agendas.setSlot(first.id(), firstVersion, LocalTime.of(14, 20), 20))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("agenda.validation.slot-outside"));

        signedIn.as("huisarts");
        assertThat(agenda.agenda(meeting.id())).extracting(AgendaEntry::id).containsExactly(second.id(), first.id());
        assertThat(agenda.agenda(meeting.id()).getFirst().slotMinutes()).isEqualTo(20);
    }

    @Test
    void onlyTheMeetingsOwnChairMayAcceptAnotherChairIsRefused() {
        MeetingSummary meeting = plannedMeeting();
        AgendaEntry submitted = submittedByMidwife(meeting, "W.E.");
        signedIn.as("pop-voorzitter");
        assertThatThrownBy(() -> agendas.accept(submitted.id(), submitted.version()))
                .isInstanceOf(MeetingNotFoundException.class);
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> e.outcome() == AuditOutcome.DENIED
                && e.actor().username().equals("pop-voorzitter")
                && e.detail().equals("meeting " + meeting.id() + ": not the chair"));
        signedIn.as("verloskundige");
        assertThatThrownBy(() -> agendas.accept(submitted.id(), submitted.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoordinatorAndAnAdministratorAreRefusedEveryAgendaAction() {
        MeetingSummary meeting = plannedMeeting();
        AgendaEntry submitted = submittedByMidwife(meeting, "W.F.");
        for (String username : List.of("coordinator", "admin")) {
            signedIn.as(username);
            assertThatThrownBy(() -> agenda.agenda(meeting.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agendas.accept(submitted.id(), submitted.version()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agendas.submit(meeting.id(), submitted.caseNumber(), "?", false))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void withdrawingConsentRemovesTheCaseFromFutureAgendasAtOnce() {
        MeetingSummary meeting = plannedMeeting();
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("W.G."), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        AgendaEntry submitted = agendas.submit(meeting.id(), created.caseNumber(), "Steun na de bevalling?", false);
        signedIn.as("voorzitter");
        agendas.accept(submitted.id(), submitted.version());

        signedIn.as("verloskundige");
        CaseDetails current = cases.open(created.caseNumber());
        consents.withdraw(created.caseNumber(), current.version(), current.consents().getFirst().id(), null);

        signedIn.as("voorzitter");
        assertThat(agenda.agenda(meeting.id())).filteredOn(e -> e.id() == submitted.id()).singleElement()
                .satisfies(removed -> {
                    assertThat(removed.status()).isEqualTo(AgendaStatus.REMOVED);
                    assertThat(removed.removalReason()).isEqualTo("agenda.removed.consent-withdrawn");
                    assertThat(removed.caseSummary()).isNull();
                });
        signedIn.as("huisarts");
        assertThat(agenda.agenda(meeting.id())).extracting(AgendaEntry::id).doesNotContain(submitted.id());
    }

    @Test
    void aParticipantOutsideTheConsentedDisciplinesSeesTheItemAnonymised() {
        MeetingSummary meeting = plannedMeeting();
        AgendaEntry submitted = submittedByMidwife(meeting, "W.H.");
        signedIn.as("voorzitter");
        agendas.accept(submitted.id(), submitted.version());
        assertThat(onAgenda(meeting, submitted).caseSummary().initials()).isEqualTo("W.H.");
        signedIn.as("huisarts");
        assertThat(onAgenda(meeting, submitted).caseSummary().anonymised()).isTrue();
        assertThat(onAgenda(meeting, submitted).caseSummary().initials()).isNull();
    }

    @Test
    void theChairMovesARequestToAnotherOfTheirMeetingsButNotToAnotherChairsMeeting() {
        MeetingSummary meeting = plannedMeeting();
        MeetingSummary later = meetings.plan(mdoInArnhem(NEXT_WEEK.plusWeeks(4), Set.of()));
        signedIn.as("pop-voorzitter");
        MeetingSummary popMeeting = meetings.plan(mdoInArnhem(NEXT_WEEK, Set.of()));
        AgendaEntry submitted = submittedByMidwife(meeting, "W.I.");

        signedIn.as("voorzitter");
        assertThatThrownBy(() -> agendas.move(submitted.id(), submitted.version(), popMeeting.id()))
                .isInstanceOf(MeetingNotFoundException.class);
        AgendaEntry moved = agendas.move(submitted.id(), submitted.version(), later.id());
        assertThat(moved.status()).isEqualTo(AgendaStatus.REQUESTED);
        assertThat(agenda.agenda(later.id())).extracting(AgendaEntry::id).contains(submitted.id());
        assertThat(agenda.agenda(meeting.id())).extracting(AgendaEntry::id).doesNotContain(submitted.id());
    }

    private AgendaEntry onAgenda(MeetingSummary meeting, AgendaEntry item) {
        return agenda.agenda(meeting.id()).stream().filter(e -> e.id() == item.id()).findFirst().orElseThrow();
    }

    /** Consent for midwife and JGZ only: the GP participant is outside it. */
    private AgendaEntry submittedByMidwife(MeetingSummary meeting, String initials) {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        return agendas.submit(meeting.id(), created.caseNumber(), "Welke steun past?", false);
    }

    private MeetingSummary plannedMeeting() {
        signedIn.as("voorzitter");
        return meetings.plan(mdoInArnhem(NEXT_WEEK, Set.of(idOf(users, "verloskundige"), idOf(users, "huisarts"),
                idOf(users, "wijkteam"))));
    }
}
