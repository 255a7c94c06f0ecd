package nl.kansrijkestart.mdo.cases;

import static nl.kansrijkestart.mdo.cases.CaseFixtures.anonymous;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.consentFor;
import static nl.kansrijkestart.mdo.cases.CaseFixtures.pregnancy;
import static nl.kansrijkestart.mdo.cases.CaseServiceTest.fields;
import static nl.kansrijkestart.mdo.cases.CaseServiceTest.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import nl.kansrijkestart.mdo.cases.TrustedProfessional.CareTeamUser;
import nl.kansrijkestart.mdo.cases.TrustedProfessional.ExternalProfessional;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
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

/** The network map: informal members by initials only, external professionals, one trusted professional. */
@IntegrationTest
@RecordApplicationEvents
class NetworkServiceTest {

    @Autowired
    private NetworkService network;

    @Autowired
    private CaseService cases;

    @Autowired
    private CareTeamService careTeam;

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
    void anInformalMemberIsKeptWithInitialsAndRelationOnlyAndTheTimelineDoesNotNameThem() {
        CaseDetails created = asMidwife();
        CaseDetails changed = network.add(created.caseNumber(), created.version(),
                NetworkMemberDraft.informal("m.k.", NetworkRelation.PARENT));

        assertThat(changed.version()).isGreaterThan(created.version());
        assertThat(cases.open(created.caseNumber()).network()).singleElement().satisfies(member -> {
            assertThat(member.kind()).isEqualTo(NetworkMemberKind.INFORMAL);
            assertThat(member.initials()).isEqualTo("M.K.");
            assertThat(member.relation()).isEqualTo(NetworkRelation.PARENT);
            assertThat(member.name()).isNull();
            assertThat(member.addedBy()).isEqualTo("Marieke de Vries");
        });
        assertThat(changed.timeline().getFirst()).satisfies(entry -> {
            assertThat(entry.messageKey()).isEqualTo("timeline.network-informal-added");
            assertThat(entry.arguments()).isEmpty();
        });
        assertThat(events.stream(AuditEvent.class).filter(e -> created.caseNumber().equals(e.caseNumber())))
                .extracting(AuditEvent::action, AuditEvent::object, AuditEvent::outcome)
                .contains(tuple(AuditAction.CREATE, "network", AuditOutcome.SUCCESS));
    }

    @Test
    void anInformalMemberNeedsInitialsAndARelationNotAFullName() {
        CaseDetails created = asMidwife();
        assertThatThrownBy(() -> network.add(created.caseNumber(), created.version(),
                NetworkMemberDraft.informal("Jan Jansen", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(fields(refused)).containsExactly("initials", "relation");
                    assertThat(keys(refused)).containsExactly("case.initials.invalid", "validation.required");
                });
        assertThat(cases.open(created.caseNumber()).network()).isEmpty();
    }

    @Test
    void anExternalProfessionalNeedsNameOrganisationAndDiscipline() {
        CaseDetails created = asMidwife();
        assertThatThrownBy(() -> network.add(created.caseNumber(), created.version(),
                NetworkMemberDraft.professional(" ", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(fields(refused))
                        .containsExactly("name", "organisation", "discipline"));
        CaseDetails added = network.add(created.caseNumber(), created.version(),
                NetworkMemberDraft.professional("Els de Wit", "Schuldhulp Arnhem", Discipline.SOCIAL_TEAM));
        assertThat(added.network()).singleElement().satisfies(member -> {
            assertThat(member.kind()).isEqualTo(NetworkMemberKind.EXTERNAL_PROFESSIONAL);
            assertThat(member.organisation()).isEqualTo("Schuldhulp Arnhem");
            assertThat(member.trusted()).isFalse();
        });
        assertThat(added.timeline().getFirst().arguments()).containsExactly("Els de Wit");
    }

    @Test
    void theParentTrustsAtMostOneProfessionalFromTheCareTeamOrTheNetwork() {
        CaseDetails created = asMidwife();
        CaseDetails withExternal = network.add(created.caseNumber(), created.version(),
                NetworkMemberDraft.professional("Els de Wit", "Schuldhulp Arnhem", Discipline.SOCIAL_TEAM));
        long external = withExternal.network().getFirst().id();

        CaseDetails externalTrusted = network.markTrusted(created.caseNumber(), withExternal.version(),
                new ExternalProfessional(external));
        assertThat(externalTrusted.network().getFirst().trusted()).isTrue();
        CaseDetails midwifeTrusted = network.markTrusted(created.caseNumber(), externalTrusted.version(),
                new CareTeamUser(idOf("verloskundige")));
        assertThat(midwifeTrusted.trustedProfessional()).isEqualTo(new CareTeamUser(idOf("verloskundige")));
        assertThat(midwifeTrusted.network().getFirst().trusted()).isFalse();
        assertThat(midwifeTrusted.timeline().getFirst().arguments()).containsExactly("Marieke de Vries");
        CaseDetails cleared = network.markTrusted(created.caseNumber(), midwifeTrusted.version(), null);
        assertThat(cleared.trustedProfessional()).isNull();
    }

    @Test
    void onlyACareTeamMemberOrAnExternalProfessionalOfThisCaseCanBeTrusted() {
        CaseDetails created = asMidwife();
        CaseDetails withInformal = network.add(created.caseNumber(), created.version(),
                NetworkMemberDraft.informal("B.", NetworkRelation.NEIGHBOUR));
        long informal = withInformal.network().getFirst().id();
        assertThatThrownBy(() -> network.markTrusted(created.caseNumber(), withInformal.version(),
                new ExternalProfessional(informal)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("network.trusted.unknown"));
        assertThatThrownBy(() -> network.markTrusted(created.caseNumber(), withInformal.version(),
                new CareTeamUser(idOf("huisarts"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("network.trusted.unknown"));
    }

    @Test
    void removingTheTrustedExternalProfessionalClearsTheMark() {
        CaseDetails created = asMidwife();
        CaseDetails added = network.add(created.caseNumber(), created.version(),
                NetworkMemberDraft.professional("Henk Post", "Thuiszorg Rijn", Discipline.OTHER));
        long external = added.network().getFirst().id();
        CaseDetails trusted = network.markTrusted(created.caseNumber(), added.version(),
                new ExternalProfessional(external));
        CaseDetails removed = network.remove(created.caseNumber(), trusted.version(), external);
        assertThat(removed.network()).isEmpty();
        assertThat(removed.trustedProfessional()).isNull();
        assertThat(cases.open(created.caseNumber()).trustedProfessional()).isNull();
    }

    @Test
    void removingTheTrustedProfessionalFromTheCareTeamClearsTheMark() {
        signedIn.as("verloskundige");
        CaseDetails created = cases.register(pregnancy("N.W."), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        CaseDetails withJgz = careTeam.addMember(created.caseNumber(), created.version(), idOf("jgz"));
        CaseDetails trusted = network.markTrusted(created.caseNumber(), withJgz.version(), new CareTeamUser(idOf("jgz")));
        CaseDetails removed = careTeam.removeMember(created.caseNumber(), trusted.version(), idOf("jgz"));
        assertThat(removed.trustedProfessional()).isNull();
    }

    @Test
    void erasureDeletesTheInformalNetworkButKeepsTheExternalProfessionals() {
        CaseDetails created = asMidwife();
        CaseDetails informal = network.add(created.caseNumber(), created.version(),
                NetworkMemberDraft.informal("Z.", NetworkRelation.FRIEND));
        CaseDetails both = network.add(created.caseNumber(), informal.version(),
                NetworkMemberDraft.professional("Els de Wit", "Schuldhulp Arnhem", Discipline.SOCIAL_TEAM));
        cases.erase(created.caseNumber(), both.version(), "Verzoek van de cliënt");
        assertThat(cases.open(created.caseNumber()).network()).singleElement()
                .satisfies(member -> assertThat(member.kind()).isEqualTo(NetworkMemberKind.EXTERNAL_PROFESSIONAL));
    }

    @Test
    void anInformalMemberIsDeletedOnRemoval() {
        CaseDetails created = asMidwife();
        CaseDetails added = network.add(created.caseNumber(), created.version(),
                NetworkMemberDraft.informal("Q.", NetworkRelation.SIBLING));
        CaseDetails removed = network.remove(created.caseNumber(), added.version(), added.network().getFirst().id());
        assertThat(removed.network()).isEmpty();
        assertThat(removed.timeline().getFirst().messageKey()).isEqualTo("timeline.network-informal-removed");
        assertThatThrownBy(() -> network.remove(created.caseNumber(), removed.version(), 1L))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("network.unknown"));
    }

    @Test
    void outsidersCoordinatorsAndAnonymousCasesAreRefused() {
        CaseDetails created = asMidwife();
        NetworkMemberDraft draft = NetworkMemberDraft.informal("P.", NetworkRelation.PARTNER);
        signedIn.as("huisarts");
        assertThatThrownBy(() -> network.add(created.caseNumber(), created.version(), draft))
                .isInstanceOf(CaseNotAccessibleException.class);
        signedIn.as("coordinator");
        assertThatThrownBy(() -> network.add(created.caseNumber(), created.version(), draft))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("verloskundige");
        CaseDetails anonymousCase = cases.register(anonymous(), null);
        assertThatThrownBy(() -> network.add(anonymousCase.caseNumber(), anonymousCase.version(), draft))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(keys(refused)).containsExactly("network.anonymous-case"));
    }

    private CaseDetails asMidwife() {
        signedIn.as("verloskundige");
        return cases.register(pregnancy("N.M."), consentFor(Discipline.MIDWIFE));
    }

    private long idOf(String username) {
        return users.enabledProfessionals(username, 5).stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow().id();
    }
}
