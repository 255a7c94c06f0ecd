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
import nl.kansrijkestart.mdo.cases.CareTeamService;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseRoles;
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
import org.springframework.security.access.AccessDeniedException;

/** The chair confirms or changes contact person and case director as part of an item's outcome. */
@IntegrationTest
class CaseRolesServiceTest {

    @Autowired
    private CaseRolesService roles;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private MeetingService meetings;

    @Autowired
    private AgendaService agendas;

    @Autowired
    private CaseService cases;

    @Autowired
    private CareTeamService careTeam;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theChairConfirmsTheContactPersonAndTheCaseTimelineSaysSo() {
        AgendaEntry item = runningItem("E.A.");
        CaseRoles before = roles.roles(item.id());
        long midwife = idOf(users, "verloskundige");
        assertThat(before.contactPersonUserId()).isEqualTo(midwife);

        roles.decideContactPerson(item.id(), midwife, midwife);

        signedIn.as("verloskundige");
        CaseDetails details = cases.open(item.caseNumber());
        assertThat(details.contactPerson()).satisfies(contact -> assertThat(contact.userId()).isEqualTo(midwife));
        assertThat(details.timeline()).anyMatch(entry -> entry.messageKey().equals("timeline.contact-person-confirmed"));
    }

    @Test
    void theChairHandsTheContactPersonAndCaseDirectorToCareTeamMembersWithHistoryKept() {
        AgendaEntry item = runningItem("E.B.");
        long midwife = idOf(users, "verloskundige");
        long jgz = idOf(users, "jgz");

        CaseRoles after = roles.decideContactPerson(item.id(), midwife, jgz);
        roles.decideCaseDirector(item.id(), null, jgz);

        assertThat(after.contactPersonUserId()).isEqualTo(jgz);
        signedIn.as("verloskundige");
        CaseDetails details = cases.open(item.caseNumber());
        assertThat(details.contactPerson()).satisfies(contact -> assertThat(contact.userId()).isEqualTo(jgz));
        assertThat(details.caseDirector()).satisfies(director -> assertThat(director.userId()).isEqualTo(jgz));
        assertThat(details.contactHistory()).anyMatch(old -> old.userId() == midwife && old.until() != null);
        assertThat(details.timeline()).anyMatch(entry -> entry.messageKey().equals("timeline.contact-person-changed"));
    }

    @Test
    void aDecisionOnAnOutdatedViewOrForSomeoneOutsideTheCareTeamIsRefused() {
        AgendaEntry item = runningItem("E.C.");
        long midwife = idOf(users, "verloskundige");

        assertThatThrownBy(() -> roles.decideContactPerson(item.id(), idOf(users, "jgz"), midwife))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> roles.decideContactPerson(item.id(), midwife, idOf(users, "huisarts")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("care-team.assign-not-member"));
    }

    @Test
    void onlyTheMeetingsOwnChairDecides() {
        AgendaEntry item = runningItem("E.D.");
        long midwife = idOf(users, "verloskundige");

        signedIn.as("jgz");
        assertThatThrownBy(() -> roles.decideContactPerson(item.id(), midwife, midwife))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("pop-voorzitter");
        assertThatThrownBy(() -> roles.decideContactPerson(item.id(), midwife, midwife))
                .isInstanceOf(MeetingNotFoundException.class);
        assertThatThrownBy(() -> roles.roles(item.id())).isInstanceOf(MeetingNotFoundException.class);
    }

    @Test
    void anErasedCaseHasNoRolesLeftToDecide() {
        AgendaEntry item = runningItem("E.E.");
        signedIn.as("verloskundige");
        CaseDetails current = cases.open(item.caseNumber());
        cases.erase(item.caseNumber(), current.version(), "Verzoek van de cliënt");

        signedIn.as("voorzitter");
        assertThatThrownBy(() -> roles.roles(item.id())).isInstanceOf(InvalidInputException.class);
    }

    /** An accepted item (care team: midwife and JGZ) of a started meeting; leaves the chair signed in. */
    private AgendaEntry runningItem(String initials) {
        signedIn.as("voorzitter");
        MeetingSummary planned = meetings.plan(mdoInArnhem(today(),
                Set.of(idOf(users, "jgz"), idOf(users, "verloskundige"))));
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        careTeam.addMember(created.caseNumber(), created.version(), idOf(users, "jgz"));
        AgendaEntry request = agendas.submit(planned.id(), created.caseNumber(), "Wie neemt regie?", false);
        signedIn.as("voorzitter");
        AgendaEntry item = agendas.accept(request.id(), request.version());
        MeetingSummary current = meetings.open(planned.id());
        outcomes.start(current.id(), current.version());
        return item;
    }
}
