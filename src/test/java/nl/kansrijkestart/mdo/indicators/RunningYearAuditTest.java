package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.indicators.internal.CountingEvent;
import nl.kansrijkestart.mdo.indicators.internal.CountingEventRepository;
import nl.kansrijkestart.mdo.indicators.internal.FactStore;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Differencing over time: an attacker who asks the feed every day of a year and the month after
 * it, and keeps every answer (indicator 7 as JSON/CSV cells and FHIR strata, indicators 6 and 12),
 * while discussions are recorded through the year, some of them late (for an earlier month, for
 * the year after it ended, and for the year after it was published). Every answer is read as
 * linear equations over the true discussions per municipality, month, meeting type, case type
 * and day of recording, by what the feed documents an answer to count on the day it was given;
 * the interval audit ({@link LinearAudit}) then bounds every suppressed count of 1..k−1 and the
 * cases each municipality added on each recording day. With the running year not published, no
 * bound is narrower than k; published live, as before, the same attack gives additions away.
 * Years 2077 and 2078 are this test's own.
 */
@IntegrationTest
class RunningYearAuditTest {

    private static final int K = 10;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final List<String> GENERATED = List.of("GM0202", "GM0228", "GM0277");
    private static final Map<String, Set<String>> REGIONS = Map.of(
            "GELDERLAND-MIDDEN", Set.of("GM0202", "GM0274", "GM1705", "GM1734", "GM0221", "GM0275", "GM0277",
                    "GM0226", "GM0293", "GM0299", "GM0203", "GM0228", "GM0267", "GM0279", "GM0289"),
            "OOST", Set.of("GM0221", "GM0275", "GM0277", "GM0226", "GM0293", "GM0299"),
            "GELDERSE-VALLEI", Set.of("GM0203", "GM0228", "GM0267", "GM0279", "GM0289"));
    /** Per municipality: chance in % that a meeting and case type gets discussions on a recording day, and how many. */
    private static final Map<String, int[]> SIZES = Map.of("GM0202", new int[] {90, 1, 6},
            "GM0228", new int[] {50, 1, 4}, "GM0277", new int[] {12, 1, 2});

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private FactIndicatorService facts;

    @Autowired
    private CountingEventRepository events;

    @Autowired
    private FactStore factStore;

    @Autowired
    private Publication publication;

    @Autowired
    private AdjustableClock clock;

    @Autowired
    private SignedIn signedIn;

    @AfterEach
    void backToNow() {
        publication.reset();
        clock.reset();
        signedIn.nobody();
    }

    @Test
    void noAnswerOfAnyDayNarrowsAHiddenCountOrADaysAdditionsWhenOnlyCompleteYearsArePublished() {
        Attack attack = new Attack(2077, false);
        publication.use(Publication.Mode.COMPLETE_YEARS);
        attack.run();

        List<String> narrowed = attack.narrowed(false);

        assertThat(attack.answersBeforePublication).as("answers about the running year read before it was published")
                .isGreaterThan(1500);
        assertThat(attack.cellsBeforePublication).as("cells of the running year shown before its publication day")
                .isZero();
        assertThat(attack.factVersions).as("versions of indicators 6 and 12 for the year over all days").hasSize(2)
                .allSatisfy((indicator, versions) -> assertThat(versions).hasSize(1));
        assertThat(attack.targets).as("hidden counts and days' additions of 1..k-1 to protect").hasSizeGreaterThan(40);
        assertThat(narrowed).as("counts that %d answers over %d days pin down", attack.answers, attack.days)
                .isEmpty();
    }

    @Test
    void theSameAttackGivesADaysAdditionsAwayWhenTheRunningYearIsPublishedLive() {
        Attack attack = new Attack(2078, true);
        publication.use(Publication.Mode.RUNNING);
        attack.run();

        assertThat(attack.narrowed(true)).as("what the running year published live gives away").isNotEmpty();
    }

    /** One year of recording and daily questions, and what the answers tell. */
    private final class Attack {

        private final int year;
        private final boolean live;
        private final Random random;
        private final FeedAttacker shape = new FeedAttacker(GENERATED, REGIONS, K);
        private final LinearAudit audit = new LinearAudit();
        /** The recording days in order; a discussion's unknown is its finest cell and its recording day. */
        private final List<LocalDate> recordingDays = new ArrayList<>();
        private final Map<Integer, Long> truth = new HashMap<>();
        private final Map<Set<Integer>, String> targets = new LinkedHashMap<>();
        private final Map<FactIndicator, Set<String>> factVersions = new TreeMap<>();
        private int answers;
        private int answersBeforePublication;
        private int cellsBeforePublication;
        private int days;

        Attack(int year, boolean live) {
            this.year = year;
            this.live = live;
            this.random = new Random(year);
        }

        void run() {
            LocalDate last = Publication.day(year).plusDays(9);
            signedIn.as("coordinator");
            for (LocalDate day = LocalDate.of(year, 1, 1); !day.isAfter(last); day = day.plusDays(1)) {
                clock.runTo(day.atTime(12, 0).atZone(ZONE).toInstant());
                if (day.getDayOfMonth() == 12 && day.getYear() == year) {
                    record(day, day, true);
                    if (day.getMonthValue() > 1) {
                        record(day, day.minusMonths(1).withDayOfMonth(20), false);
                    }
                } else if (day.equals(LocalDate.of(year + 1, 1, 12))) {
                    record(day, LocalDate.of(year, 12, 28), true);
                } else if (day.equals(Publication.day(year).plusDays(3))) {
                    record(day, LocalDate.of(year, 11, 14), true);
                }
                ask(day);
                days++;
            }
        }

        /** Discussions recorded on {@code day} for {@code periodDate}, each case once; and a fact or two. */
        private void record(LocalDate day, LocalDate periodDate, boolean busy) {
            recordingDays.add(day);
            int bucket = recordingDays.size() - 1;
            List<CountingEvent> discussions = new ArrayList<>();
            for (String municipality : GENERATED) {
                int[] size = SIZES.get(municipality);
                for (MeetingType meeting : FeedAttacker.MEETINGS) {
                    for (CaseType type : FeedAttacker.TYPES) {
                        if (random.nextInt(100) >= (busy ? size[0] : size[0] / 3)) {
                            continue;
                        }
                        int cases = size[1] + random.nextInt(size[2] - size[1] + 1);
                        for (int i = 0; i < cases; i++) {
                            discussions.add(new CountingEvent(periodDate, day, municipality, regions(municipality),
                                    meeting, type, false, "r" + year + "-" + bucket + municipality + meeting.ordinal()
                                            + type.ordinal() + "-" + i));
                        }
                        int cell = unknown(shape.cell(municipality, periodDate.getMonthValue(), meeting, type), bucket);
                        truth.merge(cell, (long) cases, Long::sum);
                    }
                }
            }
            events.saveAllAndFlush(discussions);
            factStore.assessment(periodDate, day, "GM0202", CaseType.PREGNANCY, Discipline.MIDWIFE, random.nextBoolean());
            factStore.firstDiscussion(periodDate, day, "GM0277", CaseType.FAMILY, random.nextInt(40));
        }

        private void ask(LocalDate day) {
            List<IndicatorRequest> requests = List.of(
                    request(Period.YEAR, Grouping.MUNICIPALITY, null),
                    request(Period.MONTH, Grouping.MUNICIPALITY, null),
                    request(Period.QUARTER, Grouping.REGION, null),
                    request(Period.MONTH, Grouping.CASE_TYPE, null),
                    request(Period.QUARTER, Grouping.CASE_AND_MEETING_TYPE, "OOST"),
                    request(Period.YEAR, Grouping.CASE_AND_MEETING_TYPE, "GELDERSE-VALLEI"));
            for (IndicatorRequest request : requests) {
                IndicatorReport report = indicators.export(request);
                read(day, request, request.grouping(), report.cells(), report.notYetPublished(),
                        expected(request));
            }
            IndicatorRequest byMunicipality = requests.getFirst();
            CaseTypeReport fhir = indicators.exportByCaseType(byMunicipality);
            read(day, byMunicipality, Grouping.CASE_TYPE, fhir.wholeRange() == null ? List.of() : fhir.wholeRange(),
                    fhir.notYetPublished(), List.of());
            read(day, byMunicipality, Grouping.CASE_TYPE_AND_MUNICIPALITY, fhir.byArea(), fhir.notYetPublished(),
                    List.of());
            FactRequest factYear = new FactRequest(year, year, null);
            ShareReport validated = facts.share(FactIndicator.VALIDATED_INSTRUMENTS, factYear);
            DaysReport waited = facts.daysToFirstDiscussion(factYear);
            boolean published = !day.isBefore(Publication.day(year));
            assertThat(validated.notYetPublished().isEmpty()).isEqualTo(published || live);
            assertThat(waited.notYetPublished().isEmpty()).isEqualTo(published || live);
            if (published) {
                factVersions.computeIfAbsent(FactIndicator.VALIDATED_INSTRUMENTS, f -> new HashSet<>())
                        .add(validated.cells().toString());
                factVersions.computeIfAbsent(FactIndicator.DAYS_TO_FIRST_DISCUSSION, f -> new HashSet<>())
                        .add(waited.cells().toString());
            } else if (!live) {
                cellsBeforePublication += validated.cells().size() + waited.cells().size();
            }
        }

        /**
         * One answer as equations: a shown cell is the sum of its unknowns of every recording day the
         * answer counts — before the year's publication day once published; up to the day asked
         * when published live — a suppressed one of 1..k−1 a count to protect; a group missing from
         * a published period a zero.
         */
        private void read(LocalDate day, IndicatorRequest request, Grouping grouping, List<IndicatorCell> cells,
                List<String> notYetPublished, List<String> expectedGroups) {
            answers++;
            if (!notYetPublished.isEmpty() && !live) {
                answersBeforePublication++;
                cellsBeforePublication += cells.size();
            }
            Set<String> seen = new HashSet<>();
            for (IndicatorCell cell : cells) {
                seen.add(cell.period() + "|" + cell.group());
                Set<Integer> unknowns = unknowns(day, request, grouping, cell.period(), cell.group());
                long value = truth(unknowns);
                if (cell.cases().suppressed()) {
                    if (value > 0 && value < K) {
                        targets.putIfAbsent(unknowns, day + ": " + cell.period() + " " + cell.group() + " in "
                                + grouping + " (truly " + value + ")");
                    }
                } else {
                    assertThat(cell.cases().value()).as("%s %s %s on %s", cell.period(), cell.group(), grouping, day)
                            .isEqualTo(value);
                    audit.published(unknowns, value);
                }
            }
            for (String period : request.periodLabels()) {
                if (notYetPublished.contains(period)) {
                    continue;
                }
                for (String group : expectedGroups) {
                    if (!seen.contains(period + "|" + group)) {
                        Set<Integer> unknowns = unknowns(day, request, grouping, period, group);
                        assertThat(truth(unknowns)).as("absent %s %s on %s", period, group, day).isZero();
                        audit.published(unknowns, 0);
                    }
                }
            }
        }

        /**
         * Every suppressed count and every municipality's additions of one recording day (1..k−1)
         * whose interval under all answers is narrower than the margin; with {@code first}, stop
         * at the first one.
         */
        List<String> narrowed(boolean first) {
            Map<Set<Integer>, String> suppressed = new LinkedHashMap<>(targets);
            targets.clear();
            for (int bucket = 0; bucket < recordingDays.size(); bucket++) {
                for (String municipality : GENERATED) {
                    Set<Integer> added = new HashSet<>();
                    for (int month = 1; month <= 12; month++) {
                        for (MeetingType meeting : FeedAttacker.MEETINGS) {
                            for (CaseType type : FeedAttacker.TYPES) {
                                added.add(unknown(shape.cell(municipality, month, meeting, type), bucket));
                            }
                        }
                    }
                    long value = truth(added);
                    if (value > 0 && value < K) {
                        targets.putIfAbsent(added, "cases " + municipality + " added on " + recordingDays.get(bucket)
                                + " (truly " + value + ")");
                    }
                }
            }
            suppressed.forEach(targets::putIfAbsent);
            List<String> narrowed = new ArrayList<>();
            for (Map.Entry<Set<Integer>, String> target : targets.entrySet()) {
                LinearAudit.Interval interval = audit.bounds(target.getKey());
                if (!interval.protects(K)) {
                    narrowed.add(target.getValue() + ": " + interval);
                    if (first) {
                        break;
                    }
                }
            }
            return narrowed;
        }

        private Set<Integer> unknowns(LocalDate day, IndicatorRequest request, Grouping grouping, String period,
                String group) {
            LocalDate recordedBefore = live ? day.plusDays(1) : Publication.day(year);
            Set<Integer> unknowns = new HashSet<>();
            for (int cell : shape.unknowns(request, grouping, period, group)) {
                for (int bucket = 0; bucket < recordingDays.size(); bucket++) {
                    if (recordingDays.get(bucket).isBefore(recordedBefore)) {
                        unknowns.add(unknown(cell, bucket));
                    }
                }
            }
            return unknowns;
        }

        private long truth(Set<Integer> unknowns) {
            return unknowns.stream().mapToLong(cell -> truth.getOrDefault(cell, 0L)).sum();
        }

        private int unknown(int cell, int bucket) {
            return cell * 64 + bucket;
        }

        private IndicatorRequest request(Period period, Grouping grouping, @Nullable String region) {
            return new IndicatorRequest(PeriodBound.year(year), PeriodBound.year(year), period, grouping, region,
                    Set.of());
        }

        /** The groups whose absence from a published period means zero, as {@link IntervalAuditTest} reads them. */
        private List<String> expected(IndicatorRequest request) {
            return switch (request.grouping()) {
                case MUNICIPALITY -> List.copyOf(shape.selection(request));
                case CASE_TYPE -> FeedAttacker.TYPES.stream().map(Enum::name).toList();
                case CASE_AND_MEETING_TYPE -> FeedAttacker.TYPES.stream().flatMap(t -> FeedAttacker.MEETINGS.stream()
                        .map(m -> t.name() + "/" + m.name())).toList();
                default -> List.of();
            };
        }
    }

    private static Set<String> regions(String municipality) {
        Set<String> stored = new HashSet<>();
        Stream.of("GELDERLAND-MIDDEN", "OOST", "GELDERSE-VALLEI")
                .filter(region -> REGIONS.get(region).contains(municipality)).forEach(stored::add);
        return stored;
    }
}
