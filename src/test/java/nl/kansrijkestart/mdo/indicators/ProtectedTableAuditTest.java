package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import org.junit.jupiter.api.Test;

/**
 * The interval audit of the whole protected table, without the application around it: every cell
 * of the table (each area, period, meeting type and case type, with their totals) is an answer the
 * feed can give, so all of them together are the most an attacker can collect. Every suppressed
 * count from 1 to k−1 must stay free to be 0 and to be k under all of them (a hidden zero, a
 * withheld cell of a municipality, is nobody's count). Several seeds, so the
 * property is shown for many different patterns of small cells.
 */
class ProtectedTableAuditTest {

    private static final int K = 10;
    /** Data in the first half year only keeps the linear programs small; the rest is published zeros. */
    private static final int ACTIVE_MONTHS = 6;
    private static final List<String> MUNICIPALITIES = List.of("GM0202", "GM0203", "GM0228", "GM0275", "GM0277");
    private static final List<String> MEETINGS = List.of("MDO_VULNERABLE_PREGNANCY", "POP");
    private static final List<String> TYPES = List.of("PREGNANCY", "FAMILY");

    @Test
    void everySuppressedSmallCountCanBeZeroAndCanBeTheThresholdUnderAllCellsOfTheTable() {
        List<String> narrowed = new ArrayList<>();
        int small = 0;
        for (long seed = Long.getLong("audit.first", 1); seed <= Long.getLong("audit.last", 3); seed++) {
            Audit audit = audit(seed);
            small += audit.targets;
            narrowed.addAll(audit.narrowed);
        }
        assertThat(small).as("suppressed small counts audited").isGreaterThan(40);
        assertThat(narrowed).isEmpty();
    }

    private record Audit(int targets, List<String> narrowed) {}

    private static Audit audit(long seed) {
        Random random = new Random(seed);
        long[] truth = new long[MUNICIPALITIES.size() * 12 * MEETINGS.size() * TYPES.size()];
        TableBuilder builder = new TableBuilder(2083, regions());
        int[][] sizes = {{4, 16, 90}, {1, 5, 35}, {0, 9, 70}, {1, 7, 45}, {1, 4, 4}};
        for (int a = 0; a < MUNICIPALITIES.size(); a++) {
            for (int month = 1; month <= ACTIVE_MONTHS; month++) {
                for (int m = 0; m < MEETINGS.size(); m++) {
                    for (int c = 0; c < TYPES.size(); c++) {
                        if (random.nextInt(100) < sizes[a][2]) {
                            int cases = sizes[a][0] + random.nextInt(sizes[a][1] - sizes[a][0] + 1);
                            truth[variable(a, month, m, c)] += cases;
                            rows(builder, a, month, m, c, cases, seed);
                        }
                    }
                }
            }
        }
        ProtectedTable table = builder.build(K);
        LinearAudit audit = new LinearAudit();
        Map<Set<Integer>, String> targets = new java.util.LinkedHashMap<>();
        List<String> areas = new ArrayList<>(table.areaCodes());
        areas.add(ProtectedTable.ALL);
        for (String area : areas) {
            for (String period : periods()) {
                for (String meeting : withTotal(MEETINGS)) {
                    for (String type : withTotal(TYPES)) {
                        Set<Integer> cells = variables(area, period, meeting, type);
                        long value = cells.stream().mapToLong(v -> truth[v]).sum();
                        IndicatorCell cell = table.cell(period, "x", area, meeting, type);
                        if (cell == null || !cell.cases().suppressed()) {
                            audit.published(cells, cell == null ? 0 : cell.cases().value());
                        } else if (value > 0 && value < K) {
                            targets.putIfAbsent(cells, area + " " + period + " " + meeting + " " + type
                                    + " (truly " + value + ", seed " + seed + ")");
                        }
                    }
                }
            }
        }
        List<String> narrowed = new ArrayList<>();
        targets.forEach((cells, what) -> {
            LinearAudit.Interval interval = audit.bounds(cells);
            if (!interval.protects(K)) {
                narrowed.add(what + ": " + interval);
            }
        });
        return new Audit(targets.size(), narrowed);
    }

    private static void rows(TableBuilder builder, int a, int month, int m, int c, int cases, long seed) {
        String municipality = MUNICIPALITIES.get(a);
        for (int i = 0; i < cases; i++) {
            String token = seed + "-" + a + "-" + month + "-" + m + "-" + c + "-" + i;
            TableBuilder.Row row = new TableBuilder.Row(token, municipality, month, MEETINGS.get(m), TYPES.get(c), 1);
            builder.municipality(row);
            builder.region(new TableBuilder.Row(token, "GM", month, row.meetingType(), row.caseType(), 1));
            String sub = switch (municipality) {
                case "GM0275", "GM0277" -> "OOST";
                case "GM0203", "GM0228" -> "GV";
                default -> null;
            };
            if (sub != null) {
                builder.region(new TableBuilder.Row(token, sub, month, row.meetingType(), row.caseType(), 1));
            }
        }
    }

    private static List<RegionSummary> regions() {
        return List.of(region(1, "GM", null, List.of("GM0202"), MUNICIPALITIES),
                region(2, "OOST", 1L, List.of("GM0275", "GM0277"), List.of("GM0275", "GM0277")),
                region(3, "GV", 1L, List.of("GM0203", "GM0228"), List.of("GM0203", "GM0228")));
    }

    private static RegionSummary region(long id, String code, Long parent, List<String> direct, List<String> all) {
        return new RegionSummary(id, 0, code, code, parent, null,
                direct.stream().map(m -> new MunicipalitySummary(0, 0, m, m, true)).toList(), all, List.of());
    }

    private static Set<Integer> variables(String area, String period, String meeting, String type) {
        List<String> members = switch (area) {
            case ProtectedTable.ALL, "GM" -> MUNICIPALITIES;
            case "OOST" -> List.of("GM0275", "GM0277");
            case "GV" -> List.of("GM0203", "GM0228");
            default -> List.of(area);
        };
        PeriodBound bound = PeriodBound.parse(period).orElseThrow();
        Set<Integer> cells = new HashSet<>();
        for (String municipality : members) {
            for (int month = bound.firstMonth().getMonthValue(); month <= bound.lastMonth().getMonthValue(); month++) {
                for (int m = 0; m < MEETINGS.size(); m++) {
                    for (int c = 0; c < TYPES.size(); c++) {
                        if ((meeting.equals(ProtectedTable.ALL) || meeting.equals(MEETINGS.get(m)))
                                && (type.equals(ProtectedTable.ALL) || type.equals(TYPES.get(c)))) {
                            cells.add(variable(MUNICIPALITIES.indexOf(municipality), month, m, c));
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static int variable(int a, int month, int m, int c) {
        return ((a * 12 + month - 1) * MEETINGS.size() + m) * TYPES.size() + c;
    }

    private static List<String> periods() {
        List<String> periods = new ArrayList<>(List.of("2083", "2083-Q1", "2083-Q2", "2083-Q3", "2083-Q4"));
        for (int month = 1; month <= 12; month++) {
            periods.add("2083-" + (month < 10 ? "0" : "") + month);
        }
        return periods;
    }

    private static List<String> withTotal(List<String> names) {
        List<String> all = new ArrayList<>(names);
        all.add(ProtectedTable.ALL);
        return all;
    }
}
