package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Quantity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interval audit of indicators 6, 8, 10, 12 and 12 by the report (k = 10), as {@link IntervalAuditTest} is for
 * indicator 7: every answer the service gives for every allowed combination of years and region
 * (and for a coordinator whose scope is a free set of municipalities) is read as linear equations
 * over the true counts per municipality and year — for a share its part and its rest, for
 * indicator 8 (one kind and phase) and both twelves their cases — and every suppressed count from 1 to k−1 (a municipality's count, part
 * or rest, or a region's) must stay free to be k and to span k ({@link LinearAudit.Interval#protects}).
 * Each case is discussed once, so the additive model is the truth. Years 2075 and 2076 are this
 * test's own.
 *
 * <p>The second audit reads indicators 8 and 12 by the report through the API as a client would,
 * in every format (JSON, CSV, FHIR MeasureReport), for every year range and region and for
 * coordinators with no scope, one municipality, exactly a region and a free set of municipalities;
 * the three formats must give the same cells, and together the answers must narrow no suppressed
 * count of any table (each kind and phase of 8 its own). Years 2141 and 2142 are its own.
 *
 * <p>Tagged {@code database}: it runs on H2 and on PostgreSQL, in a test context of its own there
 * (the repository tests before it empty the shared schema, and it needs the demo accounts).
 */
@IntegrationTest
@Tag("database")
@TestPropertySource(properties = "mdo.test.context=referral-indicators")
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

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

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

    /** The years of the feed audit of 8 and 12 by the report. */
    private static final List<Integer> FEED_YEARS = List.of(2141, 2142);
    /** The tables of indicator 8 the generated data fills, and 12 by the report last. */
    private static final List<String> FEED_TABLES = List.of("STEVIG_OUDERSCHAP/BEFORE_BIRTH",
            "STEVIG_OUDERSCHAP/AFTER_BIRTH", "VOORZORG/BEFORE_BIRTH", "PRENATAL_HOME_VISIT/BEFORE_BIRTH",
            "12-support");
    private static final String GELDERSE_VALLEI = "GELDERSE-VALLEI";
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void noCombinationOfTheJsonCsvAndFhirAnswersOfEightAndTwelveBySupportNarrowsASuppressedCount() throws Exception {
        signedIn.as("coordinator");
        Random random = new Random(2141);
        long[][][] truth = new long[FEED_TABLES.size()][FEED_YEARS.size()][GENERATED.size()];
        for (int y = 0; y < FEED_YEARS.size(); y++) {
            for (int m = 0; m < GENERATED.size(); m++) {
                for (int t = 0; t < FEED_TABLES.size(); t++) {
                    long count = SIZES[m][0] + random.nextInt(SIZES[m][1] - SIZES[m][0] + 1);
                    truth[t][y][m] = count;
                    LocalDate day = LocalDate.of(FEED_YEARS.get(y), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    for (int i = 0; i < count; i++) {
                        if (t == FEED_TABLES.size() - 1) {
                            store.referralStart(day, GENERATED.get(m), CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT",
                                    "AFTER_BIRTH", random.nextInt(120), true, true);
                        } else {
                            String[] kindAndPhase = FEED_TABLES.get(t).split("/");
                            store.referralStart(day, GENERATED.get(m), CaseType.PREGNANCY, kindAndPhase[0],
                                    kindAndPhase[1], random.nextInt(120), true, false);
                        }
                    }
                }
            }
        }
        // Starts that count for neither: a repeated start of a kind, and support outside the local team.
        store.referralStart(LocalDate.of(2141, 6, 1), "GM0202", CaseType.PREGNANCY, "VOORZORG", "BEFORE_BIRTH", 5,
                false, false);
        store.referralStart(LocalDate.of(2141, 6, 1), "GM0228", CaseType.FAMILY, "SOCIAL_TEAM_SUPPORT",
                "AFTER_BIRTH", 5, false, false);
        Map<String, Set<String>> members = regionService.regions().stream().collect(Collectors.toMap(
                RegionSummary::code, region -> Set.copyOf(region.allMunicipalityCodes())));
        List<FeedAudit> audits = new ArrayList<>(FEED_TABLES.stream()
                .map(table -> new FeedAudit(table, truth[FEED_TABLES.indexOf(table)])).toList());
        // The local team's first starts are first starts of their kind too: a table of indicator 8.
        audits.add(new FeedAudit("SOCIAL_TEAM_SUPPORT/AFTER_BIRTH", truth[FEED_TABLES.size() - 1]));
        Map<String, @Nullable Set<String>> scopes = new LinkedHashMap<>();
        scopes.put("no scope", null);
        scopes.put("one municipality", Set.of("GM0228"));
        scopes.put("exactly a region", members.get(GELDERSE_VALLEI));
        scopes.put("a free set", Set.of("GM0202", "GM0228", "GM0289"));
        int answers = 0;
        for (Map.Entry<String, @Nullable Set<String>> scope : scopes.entrySet()) {
            setScope(scope.getValue());
            try {
                for (int from : FEED_YEARS) {
                    for (int to : FEED_YEARS) {
                        if (from > to) {
                            continue;
                        }
                        List<@Nullable String> regions = new ArrayList<>();
                        regions.add(null);
                        regions.addAll(members.keySet());
                        for (String region : regions) {
                            Set<String> visible = new HashSet<>(GENERATED);
                            if (scope.getValue() != null) {
                                visible.retainAll(scope.getValue());
                            }
                            if (region != null) {
                                visible.retainAll(members.get(region));
                            }
                            String what = scope.getKey() + " " + from + "–" + to + " region=" + region;
                            for (String indicator : List.of("8", "12-support")) {
                                List<FeedCell> fromJson = readJson(indicator, from, to, region);
                                List<FeedCell> fromCsv = readCsv(indicator, from, to, region);
                                List<FeedCell> fromFhir = readFhir(indicator, from, to, region);
                                assertThat(fromCsv).as("CSV and JSON of %s, %s", indicator, what)
                                        .containsExactlyInAnyOrderElementsOf(fromJson);
                                assertThat(fromFhir).as("FHIR and JSON of %s, %s", indicator, what)
                                        .containsExactlyInAnyOrderElementsOf(fromJson);
                                if (scope.getKey().equals("a free set")) {
                                    assertThat(fromJson).as("a free set of municipalities has no total row")
                                            .noneMatch(cell -> cell.group().equals(FactIndicatorService.TOTAL));
                                }
                                answers += 3;
                                for (FeedAudit audit : audits) {
                                    if (audit.table().equals("12-support") == indicator.equals("12-support")) {
                                        audit.read(from, to, visible, fromJson, what);
                                        audit.read(from, to, visible, fromCsv, what);
                                        audit.read(from, to, visible, fromFhir, what);
                                    }
                                }
                            }
                        }
                    }
                }
            } finally {
                setScope(null);
            }
        }

        List<String> narrowed = new ArrayList<>();
        int targets = 0;
        for (FeedAudit audit : audits) {
            targets += audit.targets.size();
            narrowed.addAll(audit.narrowed());
        }
        assertThat(targets).as("suppressed small counts audited").isGreaterThan(30);
        assertThat(answers).isGreaterThan(250);
        assertThat(narrowed).as("suppressed counts that %d answers pin down", answers).isEmpty();
    }

    /** The coordinator's municipality scope, or none ({@code null}: every municipality). */
    private void setScope(@Nullable Set<String> municipalities) {
        jdbc.update("DELETE FROM user_municipality_scope"
                + " WHERE user_id = (SELECT id FROM user_account WHERE username = 'coordinator')");
        if (municipalities != null) {
            for (String code : municipalities) {
                jdbc.update("INSERT INTO user_municipality_scope (user_id, municipality_code)"
                        + " SELECT id, ? FROM user_account WHERE username = 'coordinator'", code);
            }
        }
    }

    /**
     * A published cell of 8 or 12 by the report as a client reads it in any format: year, group
     * ({@code TOTAL} or a CBS code), the table ({@code KIND/PHASE} for 8, {@code 12-support}), the
     * count or {@code null} when suppressed, and for 12 the median and mean days.
     */
    private record FeedCell(String period, String group, String table, @Nullable Long cases,
            @Nullable Double median, @Nullable Double mean) {}

    private String answer(String indicator, int from, int to, @Nullable String region, String accept)
            throws Exception {
        var request = get("/api/v1/indicators/" + indicator).param("from", String.valueOf(from))
                .param("to", String.valueOf(to)).accept(accept).with(httpBasic("coordinator", "demo"));
        if (region != null) {
            request.param("region", region);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s %s %s–%s %s", accept, indicator, from, to, region).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private List<FeedCell> readJson(String indicator, int from, int to, @Nullable String region) throws Exception {
        List<FeedCell> cells = new ArrayList<>();
        for (JsonNode cell : json.readTree(answer(indicator, from, to, region, "application/json")).get("cells")) {
            boolean eight = indicator.equals("8");
            cells.add(new FeedCell(cell.get("period").asString(), cell.get("group").asString(),
                    eight ? cell.get("kind").asString() + "/" + cell.get("phase").asString() : indicator,
                    cell.get("cases").isNull() ? null : cell.get("cases").asLong(),
                    eight || cell.get("medianDays").isNull() ? null : cell.get("medianDays").asDouble(),
                    eight || cell.get("meanDays").isNull() ? null : cell.get("meanDays").asDouble()));
        }
        return cells;
    }

    private List<FeedCell> readCsv(String indicator, int from, int to, @Nullable String region) throws Exception {
        List<String> lines = List.of(answer(indicator, from, to, region, "text/csv").split("\r\n"));
        boolean eight = indicator.equals("8");
        assertThat(lines.getFirst()).isEqualTo(eight ? "indicator,period,group,kind,phase,cases,suppressed,threshold"
                : "indicator,period,group,cases,median_days,mean_days,suppressed,threshold");
        List<FeedCell> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] column = line.split(",", -1);
            assertThat(column[0]).isEqualTo(indicator);
            if (eight) {
                assertThat(column[6]).isEqualTo(String.valueOf(column[5].isEmpty()));
                cells.add(new FeedCell(column[1], column[2], column[3] + "/" + column[4],
                        column[5].isEmpty() ? null : Long.valueOf(column[5]), null, null));
            } else {
                assertThat(column[6]).isEqualTo(String.valueOf(column[3].isEmpty()));
                cells.add(new FeedCell(column[1], column[2], indicator,
                        column[3].isEmpty() ? null : Long.valueOf(column[3]),
                        column[4].isEmpty() ? null : Double.valueOf(column[4]),
                        column[5].isEmpty() ? null : Double.valueOf(column[5])));
            }
        }
        return cells;
    }

    /** The strata of the MeasureReport, read back with the HAPI parser as a monitoring system would. */
    private List<FeedCell> readFhir(String indicator, int from, int to, @Nullable String region) throws Exception {
        MeasureReport report = FHIR.newJsonParser().parseResource(MeasureReport.class,
                answer(indicator, from, to, region, "application/fhir+json"));
        assertThat(report.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.COMPLETE);
        List<FeedCell> cells = new ArrayList<>();
        if (indicator.equals("8")) {
            for (var group : report.getGroup()) {
                String kind = group.getCode().getCodingFirstRep().getCode();
                assertThat(absence(group.getPopulationFirstRep().getCountElement()))
                        .as("no total over the phases").isEqualTo("not-applicable");
                for (var stratifier : group.getStratifier()) {
                    for (var stratum : stratifier.getStratum()) {
                        Map<String, String> components = new HashMap<>();
                        stratum.getComponent().forEach(component -> components.put(
                                component.getCode().getCodingFirstRep().getCode(), component.getValue().hasCoding()
                                        ? component.getValue().getCodingFirstRep().getCode()
                                        : component.getValue().getText()));
                        cells.add(new FeedCell(components.get("period"),
                                components.getOrDefault("municipality", FactIndicatorService.TOTAL),
                                kind + "/" + components.get("birth-phase"),
                                count(stratum.getPopulationFirstRep().getCountElement()), null, null));
                    }
                }
            }
            return cells;
        }
        assertThat(report.getGroup()).extracting(group -> group.getCode().getCodingFirstRep().getCode())
                .containsExactly("median-days", "mean-days");
        var median = report.getGroup().get(0);
        var mean = report.getGroup().get(1);
        for (int s = 0; s < median.getStratifier().size(); s++) {
            var medians = median.getStratifier().get(s).getStratum();
            var means = mean.getStratifier().get(s).getStratum();
            assertThat(means).hasSameSizeAs(medians);
            for (int i = 0; i < medians.size(); i++) {
                var stratum = medians.get(i);
                String period = stratum.hasValue() ? stratum.getValue().getText() : null;
                String group = FactIndicatorService.TOTAL;
                for (var component : stratum.getComponent()) {
                    String code = component.getCode().getCodingFirstRep().getCode();
                    if (code.equals("period")) {
                        period = component.getValue().getText();
                    } else {
                        group = component.getValue().getCodingFirstRep().getCode();
                    }
                }
                Long cases = count(stratum.getPopulationFirstRep().getCountElement());
                assertThat(count(means.get(i).getPopulationFirstRep().getCountElement())).isEqualTo(cases);
                cells.add(new FeedCell(period, group, indicator, cases, score(stratum.getMeasureScore()),
                        score(means.get(i).getMeasureScore())));
            }
        }
        return cells;
    }

    private static @Nullable Long count(IntegerType count) {
        if (count.getValue() == null) {
            assertThat(absence(count)).isEqualTo("masked");
            return null;
        }
        return count.getValue().longValue();
    }

    private static @Nullable Double score(Quantity score) {
        if (score.getValue() == null) {
            assertThat(absence(score)).isEqualTo("masked");
            return null;
        }
        assertThat(score.getCode()).isEqualTo("d");
        return score.getValue().doubleValue();
    }

    private static @Nullable String absence(org.hl7.fhir.r4.model.Element element) {
        var reason = element.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/data-absent-reason");
        return reason == null ? null : reason.getValue().primitiveValue();
    }

    /**
     * What the answers tell of one table: unknowns per year and generated municipality, one equation
     * per shown count, every suppressed count of 1..k−1 a target.
     */
    private static final class FeedAudit {

        private final String table;
        private final long[][] truth;
        private final LinearAudit audit = new LinearAudit();
        private final Map<Set<Integer>, String> targets = new LinkedHashMap<>();

        FeedAudit(String table, long[][] truth) {
            this.table = table;
            this.truth = truth;
        }

        String table() {
            return table;
        }

        /**
         * @param visible the generated municipalities the caller's rows can show (scope and region);
         *     the {@code TOTAL} row counts them all, and one without a row has no start
         */
        void read(int from, int to, Set<String> visible, List<FeedCell> cells, String what) {
            Set<String> seen = new HashSet<>();
            for (FeedCell cell : cells) {
                if (!cell.table().equals(table)) {
                    continue;
                }
                int y = FEED_YEARS.indexOf(Integer.parseInt(cell.period()));
                Set<String> area = cell.group().equals(FactIndicatorService.TOTAL) ? visible : Set.of(cell.group());
                assertThat(visible).as("a row within the caller's scope and region").containsAll(area);
                seen.add(cell.period() + " " + cell.group());
                Set<Integer> variables = variables(y, area);
                if (cell.cases() != null) {
                    audit.published(variables, cell.cases());
                } else {
                    long value = variables.stream().mapToLong(v -> truth[v / GENERATED.size()][v % GENERATED.size()])
                            .sum();
                    if (value > 0 && value < K) {
                        targets.putIfAbsent(Set.copyOf(variables), table + " " + cell.period() + " " + cell.group()
                                + " (" + what + ") = " + value);
                    }
                }
            }
            for (int year = from; year <= to; year++) {
                for (String municipality : visible) {
                    if (!seen.contains(year + " " + municipality)) {
                        audit.published(variables(FEED_YEARS.indexOf(year), Set.of(municipality)), 0);
                    }
                }
            }
        }

        private static Set<Integer> variables(int y, Set<String> area) {
            Set<Integer> variables = new HashSet<>();
            for (int m = 0; m < GENERATED.size(); m++) {
                if (area.contains(GENERATED.get(m))) {
                    variables.add(y * GENERATED.size() + m);
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
