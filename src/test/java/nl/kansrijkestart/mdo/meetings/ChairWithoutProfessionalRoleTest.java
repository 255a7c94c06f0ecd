package nl.kansrijkestart.mdo.meetings;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.today;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.OrganisationService;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.identity.UserAdminService;
import nl.kansrijkestart.mdo.identity.UserDraft;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A chair who is not a professional runs the meetings they chair like any other chair. */
@IntegrationTest
class ChairWithoutProfessionalRoleTest {

    @Autowired
    private UserAdminService userAdmin;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private MeetingAgenda agenda;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private ConclusionService conclusions;

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
    void aChairOnlyAccountAcceptsReadsTheAgendaStartsAndRecordsTheOutcome() {
        signedIn.as("admin");
        userAdmin.createUser(new UserDraft("alleen.voorzitter", "Alleen Voorzitter", Set.of(Role.CHAIR),
                Discipline.MUNICIPALITY, organisations.organisations().getFirst().id()), "een-lang-wachtwoord");
        signedIn.as("alleen.voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(today(),
                Set.of(idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("K.A."), consentFor(Discipline.MIDWIFE));
        AgendaEntry request = agendas.submit(planned.id(), created.caseNumber(), "Wat is nodig?", false);

        signedIn.as("alleen.voorzitter");
        AgendaEntry item = agendas.accept(request.id(), request.version());
        assertThat(agenda.agenda(planned.id())).singleElement()
                .satisfies(entry -> assertThat(entry.caseNumber()).isEqualTo(created.caseNumber()));
        MeetingSummary current = meetings.open(planned.id());
        outcomes.start(current.id(), current.version());
        Outcome typed = conclusions.write(item.id(), null, "Gemeente regelt schuldhulp.");
        Outcome recorded = outcomes.record(item.id(), typed.version(), new OutcomeDraft(OutcomeStatus.DISCUSSED,
                typed.conclusion(), FollowUp.NONE, null));

        assertThat(recorded.status()).isEqualTo(OutcomeStatus.DISCUSSED);
        assertThat(recorded.conclusion()).isEqualTo("Gemeente regelt schuldhulp.");
    }
}
