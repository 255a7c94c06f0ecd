package nl.kansrijkestart.mdo.indicators;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.anonymousCase;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.CaseDiscussed;
import nl.kansrijkestart.mdo.meetings.MeetingScenarios;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counting semantics of indicator 7: a case counts once per year as a case and once per
 * discussion; erasure of the case changes no count. Each test counts in a year of its own.
 */
@IntegrationTest
class CountingEventsTest {

    private static final AtomicInteger YEARS = new AtomicInteger(1900 + 2 * ThreadLocalRandom.current().nextInt(40));

    private final Set<String> onAgenda = new HashSet<>();

    @Autowired
    private MeetingScenarios scenarios;

    @Autowired
    private CaseService cases;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aCaseDiscussedThreeTimesInAYearCountsOnceAsCaseAndThreeTimesAsDiscussion() {
        int year = YEARS.getAndAdd(2);
        String caseNumber = pregnancyCase("I.A.").caseNumber();
        for (int month : new int[] {3, 6, 9}) {
            discussed(MeetingType.POP, LocalDate.of(year, month, 1), caseNumber);
        }
        assertThat(counted(year)).containsExactly(new Counted(year, CaseType.PREGNANCY, MeetingType.POP, 1, 3));
    }

    @Test
    void aCaseDiscussedInDecemberAndJanuaryCountsOnceInEachYear() {
        int year = YEARS.getAndAdd(2);
        String caseNumber = pregnancyCase("I.B.").caseNumber();
        discussed(MeetingType.MDO_VULNERABLE_PREGNANCY, LocalDate.of(year, 12, 15), caseNumber);
        discussed(MeetingType.MDO_VULNERABLE_PREGNANCY, LocalDate.of(year + 1, 1, 10), caseNumber);

        assertThat(counted(year)).extracting(Counted::cases, Counted::discussions)
                .containsExactly(tuple(1L, 1L));
        assertThat(counted(year + 1)).extracting(Counted::cases, Counted::discussions)
                .containsExactly(tuple(1L, 1L));
    }

    @Test
    void twoCasesCountAsTwoAndAnAnonymousFamilyCountsUnderFamilies() {
        int year = YEARS.getAndAdd(2);
        discussed(MeetingType.MDO_VULNERABLE_PREGNANCY, LocalDate.of(year, 2, 1), pregnancyCase("I.C.").caseNumber());
        discussed(MeetingType.MDO_VULNERABLE_PREGNANCY, LocalDate.of(year, 2, 1), pregnancyCase("I.D.").caseNumber());
        signedIn.as("verloskundige");
        discussed(MeetingType.MDO_VULNERABLE_PREGNANCY, LocalDate.of(year, 4, 1),
                cases.register(anonymousCase(), null).caseNumber());

        assertThat(counted(year)).containsExactlyInAnyOrder(
                new Counted(year, CaseType.PREGNANCY, MeetingType.MDO_VULNERABLE_PREGNANCY, 2, 2),
                new Counted(year, CaseType.FAMILY, MeetingType.MDO_VULNERABLE_PREGNANCY, 1, 1));
    }

    @Test
    void erasingTheCaseKeepsTheCountsAndRemovesItsTokens() {
        int year = YEARS.getAndAdd(2);
        CaseDetails registered = pregnancyCase("I.E.");
        discussed(MeetingType.POP, LocalDate.of(year, 5, 5), registered.caseNumber());
        discussed(MeetingType.POP, LocalDate.of(year + 1, 5, 5), registered.caseNumber());
        List<Counted> before = counted(year);
        assertThat(tokensOf(registered.caseNumber())).isEqualTo(2);

        signedIn.as("verloskundige");
        CaseDetails current = cases.open(registered.caseNumber());
        cases.erase(registered.caseNumber(), current.version(), "Verzoek van de cliënt");

        assertThat(tokensOf(registered.caseNumber())).isZero();
        assertThat(counted(year)).isEqualTo(before).isNotEmpty();
    }

    @Test
    void aCountingEventHoldsTheRegionsOfItsMunicipalityIncludingTheParentRegion() {
        int year = YEARS.getAndAdd(2);
        signedIn.as("verloskundige");
        CaseDetails inRheden = cases.register(anonymousCase(), null);
        discussed(MeetingType.NEIGHBOURHOOD_NETWORK, LocalDate.of(year, 7, 7), inRheden.caseNumber());
        assertThat(jdbc.queryForList("""
                SELECT r.region_code FROM counting_event_region r JOIN counting_event e ON e.id = r.counting_event_id
                WHERE e.period_date = ?""", String.class, LocalDate.of(year, 7, 7)))
                .contains("GELDERLAND-MIDDEN", "OOST");
    }

    @Test
    void aDiscussionCountsForTheRegionsItsMunicipalityBelongedToOnTheDayOfTheMeeting() {
        int year = YEARS.getAndAdd(2);
        String region = "TELPERIODE-" + year;
        jdbc.update("INSERT INTO region (code, name) VALUES (?, ?)", region, "Telperiode " + year);
        jdbc.update("""
                INSERT INTO region_municipality (region_id, municipality_id, valid_from, valid_until)
                SELECT r.id, m.id, DATE '1900-01-01', ? FROM region r, municipality m
                WHERE r.code = ? AND m.code = 'GM0275'""", LocalDate.of(year, 7, 1), region);
        try {
            signedIn.as("verloskundige");
            CaseDetails inRheden = cases.register(anonymousCase(), null);
            discussed(MeetingType.NEIGHBOURHOOD_NETWORK, LocalDate.of(year, 6, 30), inRheden.caseNumber());
            discussed(MeetingType.NEIGHBOURHOOD_NETWORK, LocalDate.of(year, 7, 1), inRheden.caseNumber());

            assertThat(regionsCounted(LocalDate.of(year, 6, 30))).contains(region, "OOST");
            assertThat(regionsCounted(LocalDate.of(year, 7, 1))).doesNotContain(region).contains("OOST");
        } finally {
            jdbc.update("DELETE FROM region WHERE code = ?", region);
        }
    }

    private List<String> regionsCounted(LocalDate day) {
        return jdbc.queryForList("""
                SELECT r.region_code FROM counting_event_region r JOIN counting_event e ON e.id = r.counting_event_id
                WHERE e.period_date = ?""", String.class, day);
    }

    private CaseDetails pregnancyCase(String initials) {
        signedIn.as("verloskundige");
        return cases.register(pregnancy(initials), consentFor(Discipline.MIDWIFE));
    }

    /**
     * As the meetings module publishes it when the chair records a discussion; the case is on an
     * agenda of hers, without which the cases module gives her no counting token.
     */
    private void discussed(MeetingType type, LocalDate date, String caseNumber) {
        if (onAgenda.add(caseNumber)) {
            scenarios.submittedToTheChair(caseNumber, "verloskundige");
        }
        signedIn.as("voorzitter");
        events.publishEvent(new CaseDiscussed(type, date, caseNumber));
    }

    /**
     * What was stored for {@code year}, unsuppressed: these tests look at the counting events
     * themselves; what coordinators get (always suppressed) is tested in IndicatorExportTest.
     */
    private List<Counted> counted(int year) {
        return jdbc.query("""
                SELECT case_type, meeting_type, COUNT(DISTINCT token) AS cases, COUNT(*) AS discussions
                FROM counting_event WHERE period_date >= ? AND period_date < ?
                GROUP BY case_type, meeting_type ORDER BY case_type, meeting_type""",
                (rs, n) -> new Counted(year, CaseType.valueOf(rs.getString("case_type")),
                        MeetingType.valueOf(rs.getString("meeting_type")), rs.getLong("cases"),
                        rs.getLong("discussions")),
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** Distinct cases (tokens) and discussions per case type and meeting type in a year. */
    record Counted(int year, CaseType caseType, MeetingType meetingType, long cases, long discussions) {}

    private int tokensOf(String caseNumber) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM case_counting_token t JOIN case_file c ON c.id = t.case_id
                WHERE c.case_number = ?""", Integer.class, caseNumber);
    }
}
