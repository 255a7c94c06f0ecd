package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.indicators.internal.CountingEvent;
import nl.kansrijkestart.mdo.indicators.internal.CountingEventRepository;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interval audit of indicator 7 (k = 10): every answer the feed gives for every allowed
 * combination of parameters, read as linear equations over the true finest cells, must leave each
 * suppressed count below k free to be 0 and to be k. Each case is discussed once in the generated
 * data, so the additive model the audit solves is the truth. Years 2081 and 2082 are this test's own.
 */
@IntegrationTest
class IntervalAuditTest {

    /** The test's years lie in the future: the clock stands on a day they are all published. */
    @Autowired
    private AdjustableClock publicationClock;

    @BeforeEach
    void publishTheTestYears() {
        publicationClock.publishIndicatorsOf(2199);
    }

    @AfterEach
    void clockBackToNow() {
        publicationClock.reset();
    }

    private static final int K = 10;
    /** Data in the first half year only keeps the linear programs small; the rest is published zeros. */
    private static final int ACTIVE_MONTHS = 6;
    private static final List<String> GENERATED = List.of("GM0202", "GM0203", "GM0228", "GM0275", "GM0277");
    private static final Map<String, Set<String>> REGIONS = Map.of(
            "GELDERLAND-MIDDEN", Set.of("GM0202", "GM0274", "GM1705", "GM1734", "GM0221", "GM0275", "GM0277",
                    "GM0226", "GM0293", "GM0299", "GM0203", "GM0228", "GM0267", "GM0279", "GM0289"),
            "OOST", Set.of("GM0221", "GM0275", "GM0277", "GM0226", "GM0293", "GM0299"),
            "GELDERSE-VALLEI", Set.of("GM0203", "GM0228", "GM0267", "GM0279", "GM0289"));
    private static final List<Grouping> GROUPINGS = List.of(Grouping.MUNICIPALITY, Grouping.REGION,
            Grouping.MEETING_TYPE, Grouping.CASE_TYPE, Grouping.CASE_AND_MEETING_TYPE);

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private CountingEventRepository events;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void noCombinationOfAllAnswersNarrowsASuppressedCountBelowTheThreshold() {
        int year = 2081;
        FeedAttacker attacker = new FeedAttacker(GENERATED, REGIONS, K);
        generate(year, attacker, new Random(year));
        signedIn.as("coordinator");
        int answers = 0;
        int refused = 0;
        for (IndicatorRequest request : allRequests(year)) {
            try {
                read(attacker, request);
                answers++;
            } catch (InvalidInputException freeSelection) {
                refused++;
            }
        }

        List<String> narrowed = narrowed(attacker);

        assertThat(attacker.protectedCells()).as("the data must have many small suppressed cells").hasSizeGreaterThan(30);
        assertThat(answers).as("answers read; %d requests for a free selection total refused", refused)
                .isGreaterThan(150);
        assertThat(narrowed).as("suppressed counts that %d answers (%d equations) pin down",
                answers, attacker.audit().equations()).isEmpty();
    }

    @Test
    void theOldDifferencesNoLongerGiveBackAHiddenCount() {
        int year = 2082;
        FeedAttacker attacker = new FeedAttacker(GENERATED, REGIONS, K);
        for (int month = 1; month <= 12; month++) {
            discussed(attacker, year, month, "GM0202", MeetingType.POP, CaseType.PREGNANCY, 4);
            discussed(attacker, year, month, "GM0275", MeetingType.POP, CaseType.PREGNANCY, month <= 9 ? 2 : 0);
            discussed(attacker, year, month, "GM0228", MeetingType.POP, CaseType.PREGNANCY, month <= 9 ? 3 : 0);
        }
        discussed(attacker, year, 5, "GM0277", MeetingType.POP, CaseType.PREGNANCY, 3);
        discussed(attacker, year, 11, "GM0228", MeetingType.POP, CaseType.PREGNANCY, 3);
        signedIn.as("coordinator");

        assertThatThrownBy(() -> indicators.export(request(year, Period.YEAR, Grouping.CASE_TYPE, null,
                Set.of("GM0202", "GM0228", "GM0277"))))
                .as("a free set of municipalities has no total that a subset could be taken from")
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("indicator.selection-total-not-offered")));
        // Region minus sub-region minus member, and a year minus its quarters, as a new integrator tries.
        read(attacker, request(year, Period.YEAR, Grouping.CASE_TYPE, "GELDERLAND-MIDDEN", Set.of()));
        read(attacker, request(year, Period.YEAR, Grouping.CASE_TYPE, "GELDERSE-VALLEI", Set.of()));
        read(attacker, request(year, Period.YEAR, Grouping.CASE_TYPE, "OOST", Set.of()));
        read(attacker, request(year, Period.YEAR, Grouping.MUNICIPALITY, null, Set.of()));
        read(attacker, request(year, Period.QUARTER, Grouping.MUNICIPALITY, null, Set.of()));
        read(attacker, request(year, Period.YEAR, Grouping.REGION, null, Set.of()));
        read(attacker, request(year, Period.QUARTER, Grouping.REGION, null, Set.of()));

        assertThat(narrowed(attacker)).isEmpty();
        assertThat(attacker.protectedCells().values()).as("Rozendaal's 3 and Ede's fourth quarter stay hidden")
                .anyMatch(cell -> cell.startsWith(year + " GM0277 "))
                .anyMatch(cell -> cell.startsWith(year + "-Q4 GM0228 "));
    }

    /** Every suppressed count below k whose interval under all equations is narrower than [0, k]. */
    private static List<String> narrowed(FeedAttacker attacker) {
        List<String> narrowed = new ArrayList<>();
        attacker.protectedCells().forEach((cells, what) -> {
            LinearAudit.Interval interval = attacker.audit().bounds(cells);
            if (!interval.protects(K)) {
                narrowed.add(what + ": " + interval);
            }
        });
        return narrowed;
    }

    private void read(FeedAttacker attacker, IndicatorRequest request) {
        List<String> periods = request.periodLabels();
        attacker.read(request, request.grouping(), indicators.export(request).cells(), periods,
                expectedGroups(attacker, request, request.grouping()));
        if (request.grouping() == Grouping.REGION || request.regionCode() != null && !request.municipalities().isEmpty()) {
            return;
        }
        CaseTypeReport fhir = indicators.exportByCaseType(request);
        if (fhir.wholeRange() != null) {
            attacker.read(request, Grouping.CASE_TYPE, fhir.wholeRange(),
                    List.of(request.from().label()), List.of());
        }
        attacker.read(request, Grouping.CASE_TYPE, fhir.totals(), periods, List.of());
        attacker.read(request, Grouping.CASE_AND_MEETING_TYPE, fhir.byMeetingType(), periods, List.of());
        if (request.grouping() == Grouping.MUNICIPALITY) {
            attacker.read(request, Grouping.CASE_TYPE_AND_MUNICIPALITY, fhir.byArea(), periods, List.of());
        }
    }

    /**
     * The groups whose absence from an answer means zero: meeting and case types of one area, and
     * municipalities when no municipalities were chosen.
     */
    private static List<String> expectedGroups(FeedAttacker attacker, IndicatorRequest request, Grouping grouping) {
        return switch (grouping) {
            case MUNICIPALITY -> request.municipalities().isEmpty() ? List.copyOf(attacker.selection(request)) : List.of();
            case MEETING_TYPE -> FeedAttacker.MEETINGS.stream().map(Enum::name).toList();
            case CASE_TYPE -> FeedAttacker.TYPES.stream().map(Enum::name).toList();
            case CASE_AND_MEETING_TYPE -> FeedAttacker.TYPES.stream().flatMap(t -> FeedAttacker.MEETINGS.stream()
                    .map(m -> t.name() + "/" + m.name())).toList();
            default -> List.of();
        };
    }

    private static List<IndicatorRequest> allRequests(int year) {
        List<Set<String>> selections = new ArrayList<>();
        selections.add(Set.of());
        GENERATED.forEach(municipality -> selections.add(Set.of(municipality)));
        selections.add(Set.of("GM0275", "GM0277"));
        selections.add(Set.of("GM0202", "GM0228"));
        selections.add(Set.of("GM0202", "GM0228", "GM0277"));
        selections.add(Set.copyOf(GENERATED));
        selections.add(REGIONS.get("OOST"));
        selections.add(REGIONS.get("GELDERSE-VALLEI"));
        List<IndicatorRequest> requests = new ArrayList<>();
        for (Period period : Period.values()) {
            for (Grouping grouping : GROUPINGS) {
                for (String region : new String[] {null, "GELDERLAND-MIDDEN", "OOST", "GELDERSE-VALLEI"}) {
                    for (Set<String> chosen : selections) {
                        requests.add(request(year, period, grouping, region, chosen));
                    }
                }
            }
        }
        return requests;
    }

    private static IndicatorRequest request(int year, Period period, Grouping grouping, @Nullable String region,
            Set<String> municipalities) {
        return new IndicatorRequest(PeriodBound.year(year), PeriodBound.year(year), period, grouping, region,
                municipalities);
    }

    /**
     * Many small cells: Arnhem large and busy, Ede middling, Barneveld and Rheden sparse and
     * small, Rozendaal only a few cases in two months.
     */
    private void generate(int year, FeedAttacker attacker, Random random) {
        Map<String, int[]> sizes = Map.of("GM0202", new int[] {4, 16, 90}, "GM0228", new int[] {0, 9, 70},
                "GM0203", new int[] {1, 5, 35}, "GM0275", new int[] {1, 7, 45}, "GM0277", new int[] {1, 4, 4});
        for (String municipality : GENERATED) {
            int[] size = sizes.get(municipality);
            for (int month = 1; month <= ACTIVE_MONTHS; month++) {
                for (MeetingType meeting : FeedAttacker.MEETINGS) {
                    for (CaseType type : FeedAttacker.TYPES) {
                        if (random.nextInt(100) < size[2]) {
                            int cases = size[0] + random.nextInt(size[1] - size[0] + 1);
                            discussed(attacker, year, month, municipality, meeting, type, cases);
                        }
                    }
                }
            }
        }
    }

    private void discussed(FeedAttacker attacker, int year, int month, String municipality, MeetingType meeting,
            CaseType type, int cases) {
        Set<String> stored = Stream.concat(Stream.of("GELDERLAND-MIDDEN"), REGIONS.entrySet().stream()
                .filter(r -> !r.getKey().equals("GELDERLAND-MIDDEN") && r.getValue().contains(municipality))
                .map(Map.Entry::getKey)).collect(java.util.stream.Collectors.toSet());
        List<CountingEvent> discussions = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            String token = "a" + year + municipality + "-" + month + "-" + meeting.ordinal() + type.ordinal() + "-" + i;
            discussions.add(new CountingEvent(LocalDate.of(year, month, 1 + i % 28), municipality, stored, meeting,
                    type, false, token));
        }
        events.saveAllAndFlush(discussions);
        attacker.truly(municipality, month, meeting, type, cases);
    }
}
