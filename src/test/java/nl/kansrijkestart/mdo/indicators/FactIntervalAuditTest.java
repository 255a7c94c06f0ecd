package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.BirthPhase;
import nl.kansrijkestart.mdo.offer.OfferKind;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.indicators.internal.FactStore;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The interval audit of indicators 6, 8, 10, 12 and 12 by the report (k = 10), as {@link IntervalAuditTest} is for
 * indicator 7: every answer the service gives for every allowed combination of years and region
 * (and for a coordinator whose scope is a free set of municipalities) is read as linear equations
 * over the true counts per municipality and year — for a share its part and its rest, for
 * indicator 8 (one kind and phase) and both twelves their cases — and every suppressed count from 1 to k−1 (a municipality's count, part
 * or rest, or a region's) must stay free to be k and to span k ({@link LinearAudit.Interval#protects}).
 * Each case is discussed once, so the additive model is the truth. Years 2075 and 2076 are this
 * test's own.
 */
@IntegrationTest
class FactIntervalAuditTest {

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
    private static final List<Integer> YEARS = List.of(2075, 2076);
    private static final List<String> GENERATED = List.of("GM0202", "GM0203", "GM0228", "GM0275", "GM0277",
            "GM0289");
    /** Per municipality the smallest and largest count drawn: several small, some large. */
    private static final int[][] SIZES = {{0, 25}, {1, 9}, {0, 30}, {1, 12}, {2, 8}, {8, 40}};

    @Autowired
    private FactIndicatorService indicators;

    @Autowired
    private FactStore store;

    @Autowired
    private RegionService regionService;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void noCombinationOfAllAnswersNarrowsASuppressedCountOfIndicatorsSixEightTenOrTwelve() {
        long[][] truth = generate(new Random(2075));
        signedIn.as("coordinator");
        List<String> narrowed = new ArrayList<>();
        int targets = 0;
        int answers = 0;
        for (FactIndicator indicator : FactIndicator.values()) {
            Attacker attacker = new Attacker(indicator, truth);
            for (FactRequest request : requests()) {
                signedIn.as("coordinator");
                attacker.read(request, cells(indicator, request));
                answers++;
            }
            String scope = "'GM0202', 'GM0228', 'GM0289'";
            jdbc.update("INSERT INTO user_municipality_scope (user_id, municipality_code) SELECT u.id, m.code"
                    + " FROM user_account u, municipality m WHERE u.username = 'coordinator' AND m.code IN (" + scope
                    + ")");
            try {
                signedIn.as("coordinator");
                for (FactRequest request : requests()) {
                    List<Cell> free = cells(indicator, request);
                    assertThat(free).as("a free set of municipalities has no total row")
                            .noneMatch(cell -> cell.group().equals(FactIndicatorService.TOTAL));
                    attacker.read(request, free);
                    answers++;
                }
                assertThat(indicators.daysToFirstDiscussion(new FactRequest(2075, 2075, null)).totalNotOffered())
                        .isEqualTo("indicator.selection-total-not-offered");
            } finally {
                jdbc.update("DELETE FROM user_municipality_scope WHERE municipality_code IN (" + scope + ")"
                        + " AND user_id = (SELECT id FROM user_account WHERE username = 'coordinator')");
            }
            targets += attacker.targets.size();
            narrowed.addAll(attacker.narrowed());
        }

        assertThat(targets).as("suppressed small counts audited").isGreaterThan(30);
        assertThat(answers).isGreaterThan(20);
        assertThat(narrowed).as("suppressed counts that %d answers pin down", answers).isEmpty();
    }

    /** Every year range of the two years, with no region and with each defined region. */
    private List<FactRequest> requests() {
        List<FactRequest> requests = new ArrayList<>();
        List<@Nullable String> regions = new ArrayList<>();
        regions.add(null);
        regionService.regions().forEach(region -> regions.add(region.code()));
        for (int from : YEARS) {
            for (int to : YEARS) {
                if (from <= to) {
                    regions.forEach(region -> requests.add(new FactRequest(from, to, region)));
                }
            }
        }
        return requests;
    }

    /** A published row, whichever indicator: its counts as an attacker reads them (null when hidden). */
    private record Cell(String period, String group, @Nullable Long total, @Nullable Long part) {}

    private List<Cell> cells(FactIndicator indicator, FactRequest request) {
        if (indicator == FactIndicator.DAYS_TO_FIRST_DISCUSSION) {
            return indicators.daysToFirstDiscussion(request).cells().stream()
                    .map(cell -> new Cell(cell.period(), cell.group(), cell.cases().value(), null)).toList();
        }
        if (indicator == FactIndicator.DAYS_TO_SUPPORT) {
            return indicators.daysToSupport(request).cells().stream()
                    .map(cell -> new Cell(cell.period(), cell.group(), cell.cases().value(), null)).toList();
        }
        if (indicator == FactIndicator.SUPPORT_STARTED) {
            return indicators.supportStarted(request).cells().stream()
                    .filter(cell -> cell.kind() == OfferKind.STEVIG_OUDERSCHAP && cell.phase() == BirthPhase.BEFORE_BIRTH)
                    .map(cell -> new Cell(cell.period(), cell.group(), cell.cases().value(), null)).toList();
        }
        return indicators.share(indicator, request).cells().stream()
                .map(cell -> new Cell(cell.period(), cell.group(), cell.total().value(), cell.part().value())).toList();
    }

    /**
     * Per year and generated municipality the true counts: indicator 6's validated and other
     * results, indicator 10's cases with and without a social case director, indicator 12's cases.
     */
    private long[][] generate(Random random) {
        long[][] truth = new long[YEARS.size() * GENERATED.size()][7];
        for (int y = 0; y < YEARS.size(); y++) {
            int year = YEARS.get(y);
            for (int m = 0; m < GENERATED.size(); m++) {
                long[] counts = truth[y * GENERATED.size() + m];
                for (int measure = 0; measure < counts.length; measure++) {
                    counts[measure] = SIZES[m][0] + random.nextInt(SIZES[m][1] - SIZES[m][0] + 1);
                }
                String code = GENERATED.get(m);
                LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                for (int i = 0; i < counts[0] + counts[1]; i++) {
                    store.assessment(day, code, CaseType.PREGNANCY, Discipline.MIDWIFE, i < counts[0]);
                }
                for (int i = 0; i < counts[2] + counts[3]; i++) {
                    store.discussion(day, code, CaseType.FAMILY, UUID.randomUUID().toString(), i < counts[2]);
                }
                for (int i = 0; i < counts[4]; i++) {
                    store.firstDiscussion(day, code, CaseType.FAMILY, random.nextInt(60));
                }
                for (int i = 0; i < counts[5]; i++) {
                    store.referralStart(day, code, CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT", "AFTER_BIRTH",
                            random.nextInt(90), true, true);
                }
                for (int i = 0; i < counts[6]; i++) {
                    store.referralStart(day, code, CaseType.PREGNANCY, "STEVIG_OUDERSCHAP", "BEFORE_BIRTH",
                            random.nextInt(90), true, false);
                }
            }
        }
        return truth;
    }

    /**
     * What the answers of one indicator tell: unknowns per year and municipality (a share's part
     * and rest, indicator 12's cases), one equation per shown count.
     */
    private final class Attacker {

        private final boolean share;
        private final long[][] truth;
        private final int offset;
        private final LinearAudit audit = new LinearAudit();
        private final Map<Set<Integer>, String> targets = new LinkedHashMap<>();
        private final Map<String, Set<String>> members;

        Attacker(FactIndicator indicator, long[][] truth) {
            this.share = indicator == FactIndicator.VALIDATED_INSTRUMENTS
                    || indicator == FactIndicator.SOCIAL_CASE_DIRECTORS;
            this.truth = truth;
            this.offset = switch (indicator) {
                case VALIDATED_INSTRUMENTS -> 0;
                case SOCIAL_CASE_DIRECTORS -> 2;
                case DAYS_TO_FIRST_DISCUSSION -> 4;
                case DAYS_TO_SUPPORT -> 5;
                case SUPPORT_STARTED -> 6;
            };
            this.members = regionService.regions().stream().collect(Collectors.toMap(RegionSummary::code,
                    region -> Set.copyOf(region.allMunicipalityCodes())));
        }

        void read(FactRequest request, List<Cell> cells) {
            Set<String> seen = new HashSet<>();
            for (Cell cell : cells) {
                int y = YEARS.indexOf(Integer.parseInt(cell.period()));
                Set<String> area = cell.group().equals(FactIndicatorService.TOTAL)
                        ? (request.regionCode() == null ? Set.copyOf(GENERATED) : members.get(request.regionCode()))
                        : Set.of(cell.group());
                seen.add(cell.period() + " " + cell.group());
                Set<Integer> part = variables(y, area, 0);
                Set<Integer> rest = share ? variables(y, area, 1) : Set.of();
                Set<Integer> all = new HashSet<>(part);
                all.addAll(rest);
                String what = cell.period() + " " + cell.group() + " region=" + request.regionCode();
                if (cell.total() != null) {
                    audit.published(all, cell.total());
                    if (share) {
                        audit.published(part, cell.part());
                    }
                } else {
                    target(all, what + " count");
                    if (share) {
                        target(part, what + " part");
                        target(rest, what + " rest");
                    }
                }
            }
            // A municipality without a row has no facts: the attacker knows its zero.
            if (request.regionCode() == null) {
                for (int year = request.fromYear(); year <= request.toYear(); year++) {
                    for (String municipality : GENERATED) {
                        if (!seen.contains(year + " " + municipality) && seen.contains(year + " " + FactIndicatorService.TOTAL)) {
                            int y = YEARS.indexOf(year);
                            Set<Integer> all = new HashSet<>(variables(y, Set.of(municipality), 0));
                            all.addAll(variables(y, Set.of(municipality), 1));
                            audit.published(all, 0);
                        }
                    }
                }
            }
        }

        private void target(Set<Integer> variables, String what) {
            long value = variables.stream().mapToLong(v -> truth[v / 2][offset + v % 2]).sum();
            if (value > 0 && value < K) {
                targets.putIfAbsent(Set.copyOf(variables), what + " = " + value);
            }
        }

        /** Variable 2·row + measure, row = year·municipalities + municipality; measure 1 only for shares. */
        private Set<Integer> variables(int y, Set<String> area, int measure) {
            Set<Integer> variables = new HashSet<>();
            for (int m = 0; m < GENERATED.size(); m++) {
                if (area.contains(GENERATED.get(m)) && (share || measure == 0)) {
                    variables.add(2 * (y * GENERATED.size() + m) + measure);
                }
            }
            return variables;
        }

        List<String> narrowed() {
            List<String> narrowed = new ArrayList<>();
            targets.forEach((cells, what) -> {
                LinearAudit.Interval interval = audit.bounds(cells);
                if (!interval.protects(K)) {
                    narrowed.add(what + ": " + interval);
                }
            });
            return narrowed;
        }
    }
}
