package nl.kansrijkestart.mdo.indicators;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kansrijkestart.mdo.cases.AssessmentDraft;
import nl.kansrijkestart.mdo.cases.AssessmentService;
import nl.kansrijkestart.mdo.cases.CareTeamService;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.ReportedRiskLevel;
import nl.kansrijkestart.mdo.cases.Respondent;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.CaseDiscussed;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What is stored for indicators 6, 10 and 12 when professionals and chairs work: one anonymous
 * fact per result and per discussion, a first discussion once per case, and nothing that changes
 * when the case is erased. Facts hold no case, so each test compares counts before and after.
 */
@IntegrationTest
class FactRecordingTest {

    private final Set<String> onAgenda = new HashSet<>();

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private CaseService cases;

    @Autowired
    private CareTeamService careTeam;

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private InstrumentCatalogue catalogue;

    @Autowired
    private CurrentUserService users;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private Clock clock;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aResultRecordedByAMidwifeCountsOnceWithItsValidatedInstrumentAndACorrectionAddsNothing() {
        CaseDetails registered = pregnancyCase("F.A.");
        long before = facts("SELECT COUNT(*) FROM assessment_fact WHERE discipline = 'MIDWIFE' AND validated");

        CaseDetails recorded = assessments.record(registered.caseNumber(), registered.version(), r4u());
        long resultId = recorded.assessments().getFirst().id();
        assessments.correct(registered.caseNumber(), recorded.version(), resultId, r4u(), "Verkeerde datum ingevuld.");

        assertThat(facts("SELECT COUNT(*) FROM assessment_fact WHERE discipline = 'MIDWIFE' AND validated"))
                .isEqualTo(before + 1);
    }

    @Test
    void aDiscussionRemembersASocialDomainCaseDirectorAndOnlyTheFirstDiscussionCountsTheDaysWaited() {
        CaseDetails registered = pregnancyCase("F.B.");
        signedIn.as("verloskundige");
        CaseDetails withTeam = careTeam.addMember(registered.caseNumber(), registered.version(),
                idOf(users, "wijkteam"));
        careTeam.setCaseDirector(registered.caseNumber(), withTeam.version(), idOf(users, "wijkteam"));
        LocalDate meeting = LocalDate.now(clock).plusDays(23);
        long withDirector = facts("SELECT COUNT(*) FROM discussion_fact WHERE social_case_director");
        long waited23 = facts("SELECT COUNT(*) FROM first_discussion_fact WHERE days_waited = 23");
        long firsts = facts("SELECT COUNT(*) FROM first_discussion_fact");

        discussed(meeting, registered.caseNumber());
        discussed(meeting.plusDays(14), registered.caseNumber());

        assertThat(facts("SELECT COUNT(*) FROM discussion_fact WHERE social_case_director")).isEqualTo(withDirector + 2);
        assertThat(facts("SELECT COUNT(*) FROM first_discussion_fact WHERE days_waited = 23")).isEqualTo(waited23 + 1);
        assertThat(facts("SELECT COUNT(*) FROM first_discussion_fact")).isEqualTo(firsts + 1);
    }

    @Test
    void aCaseWithoutCaseDirectorOrWithOneFromJgzCountsWithoutSocialDomainCaseDirector() {
        CaseDetails registered = pregnancyCase("F.C.");
        signedIn.as("verloskundige");
        CaseDetails withTeam = careTeam.addMember(registered.caseNumber(), registered.version(), idOf(users, "jgz"));
        long without = facts("SELECT COUNT(*) FROM discussion_fact WHERE NOT social_case_director");

        discussed(LocalDate.now(clock), registered.caseNumber());
        signedIn.as("verloskundige");
        careTeam.setCaseDirector(registered.caseNumber(), withTeam.version(), idOf(users, "jgz"));
        discussed(LocalDate.now(clock).plusDays(1), registered.caseNumber());

        assertThat(facts("SELECT COUNT(*) FROM discussion_fact WHERE NOT social_case_director"))
                .isEqualTo(without + 2);
    }

    @Test
    void erasingACaseChangesNoStoredFactAndADiscussionAfterwardsIsNoSecondFirst() {
        CaseDetails registered = pregnancyCase("F.D.");
        assessments.record(registered.caseNumber(), registered.version(), r4u());
        discussed(LocalDate.now(clock), registered.caseNumber());
        List<Long> before = allFacts();

        signedIn.as("verloskundige");
        cases.erase(registered.caseNumber(), cases.open(registered.caseNumber()).version(), "Verzoek van de cliënt");
        assertThat(allFacts()).isEqualTo(before);

        discussed(LocalDate.now(clock).plusDays(7), registered.caseNumber());
        assertThat(allFacts()).containsExactly(before.get(0), before.get(1) + 1, before.get(2));
    }

    private CaseDetails pregnancyCase(String initials) {
        signedIn.as("verloskundige");
        return cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE, Discipline.SOCIAL_TEAM,
                Discipline.JGZ));
    }

    /**
     * As the meetings module publishes it when the chair records a discussion; the case is on an
     * agenda of hers, without which the cases module gives her no counting token.
     */
    private void discussed(LocalDate date, String caseNumber) {
        if (onAgenda.add(caseNumber)) {
            scenarios.submittedToTheChair(caseNumber, "verloskundige");
        }
        signedIn.as("voorzitter");
        events.publishEvent(new CaseDiscussed(MeetingType.MDO_VULNERABLE_PREGNANCY, date, caseNumber));
    }

    /** A result of R4U version 2 (validated) with no domain signalled, administered yesterday. */
    private AssessmentDraft r4u() {
        signedIn.as("verloskundige");
        InstrumentVersionSummary version = catalogue.instruments().stream().filter(i -> i.code().equals("R4U"))
                .flatMap(i -> i.versions().stream()).filter(v -> v.label().equals("2")).findFirst().orElseThrow();
        Map<String, Integer> values = new HashMap<>();
        version.domains().forEach(domain -> values.put(domain.code(), 0));
        return new AssessmentDraft(version.id(), LocalDate.now(clock).minusDays(1), Respondent.CLIENT,
                "Marieke de Vries", values, null, ReportedRiskLevel.NONE_REPORTED, null, false);
    }

    private long facts(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private List<Long> allFacts() {
        return List.of(facts("SELECT COUNT(*) FROM assessment_fact"), facts("SELECT COUNT(*) FROM discussion_fact"),
                facts("SELECT COUNT(*) FROM first_discussion_fact"));
    }
}
