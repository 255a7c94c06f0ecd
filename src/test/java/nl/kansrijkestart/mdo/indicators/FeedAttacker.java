package nl.kansrijkestart.mdo.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.meetings.MeetingType;

/**
 * Reads answers of the indicator feed as an attacker does: each published cell as a linear
 * equation over the unknown finest cells (municipality × month × meeting type × case type), by
 * what the feed says a cell means, never by how it was computed. Only the municipalities of the
 * generated data carry unknowns; every other one is zero in the test's years.
 */
final class FeedAttacker {

    static final List<MeetingType> MEETINGS = List.of(MeetingType.MDO_VULNERABLE_PREGNANCY, MeetingType.POP);
    static final List<CaseType> TYPES = List.of(CaseType.PREGNANCY, CaseType.FAMILY);

    private final List<String> municipalities;
    private final Map<String, Set<String>> regionMembers;
    private final long[] truth;
    private final LinearAudit audit = new LinearAudit();
    /** Suppressed cells whose true count is 1 to k−1, with what they are. */
    private final Map<Set<Integer>, String> protectedCells = new java.util.LinkedHashMap<>();
    private final int threshold;

    FeedAttacker(List<String> municipalities, Map<String, Set<String>> regionMembers, int threshold) {
        this.municipalities = municipalities;
        this.regionMembers = regionMembers;
        this.truth = new long[municipalities.size() * 12 * MEETINGS.size() * TYPES.size()];
        this.threshold = threshold;
    }

    int cell(String municipality, int month, MeetingType meeting, CaseType type) {
        return ((municipalities.indexOf(municipality) * 12 + month - 1) * MEETINGS.size() + MEETINGS.indexOf(meeting))
                * TYPES.size() + TYPES.indexOf(type);
    }

    void truly(String municipality, int month, MeetingType meeting, CaseType type, long cases) {
        truth[cell(municipality, month, meeting, type)] += cases;
    }

    LinearAudit audit() {
        return audit;
    }

    Map<Set<Integer>, String> protectedCells() {
        return protectedCells;
    }

    long truth(Set<Integer> cells) {
        return cells.stream().mapToLong(cell -> truth[cell]).sum();
    }

    /**
     * Reads one answer; with {@code absentIsZero} every group of {@code expectedGroups} missing
     * from the answer is read as a published zero, as the feed documents.
     */
    void read(IndicatorRequest request, Grouping grouping, List<IndicatorCell> cells, List<String> periods,
            List<String> expectedGroups) {
        Set<String> seen = new HashSet<>();
        for (IndicatorCell cell : cells) {
            seen.add(cell.period() + "|" + cell.group());
            Set<Integer> unknowns = unknowns(request, grouping, cell.period(), cell.group());
            long value = truth(unknowns);
            if (cell.cases().suppressed()) {
                if (value > 0 && value < threshold) {
                    protectedCells.putIfAbsent(unknowns, describe(request, grouping, cell) + " (truly " + value + ")");
                }
            } else {
                if (cell.cases().value() != value) {
                    throw new AssertionError("published " + cell.cases().value() + " but truly " + value + ": "
                            + describe(request, grouping, cell));
                }
                audit.published(unknowns, value);
            }
        }
        for (String period : periods) {
            for (String group : expectedGroups) {
                if (!seen.contains(period + "|" + group)) {
                    Set<Integer> unknowns = unknowns(request, grouping, period, group);
                    if (truth(unknowns) != 0) {
                        throw new AssertionError("absent but not zero: " + period + " " + group + " " + request);
                    }
                    audit.published(unknowns, 0);
                }
            }
        }
    }

    private static String describe(IndicatorRequest request, Grouping grouping, IndicatorCell cell) {
        return cell.period() + " " + cell.group() + " in " + grouping + " region=" + request.regionCode()
                + " municipalities=" + request.municipalities();
    }

    /** The finest cells a published cell sums, by the feed's documented meaning. */
    Set<Integer> unknowns(IndicatorRequest request, Grouping grouping, String period, String group) {
        Set<String> area = selection(request);
        Predicate<MeetingType> meeting = m -> true;
        Predicate<CaseType> type = t -> true;
        String[] parts = group.split("/", 2);
        switch (grouping) {
            case MUNICIPALITY -> area = Set.of(group);
            case REGION -> area = regionMembers.getOrDefault(group, Set.of());
            case MEETING_TYPE -> meeting = m -> m.name().equals(group);
            case CASE_TYPE -> type = t -> t.name().equals(group);
            case CASE_AND_MEETING_TYPE -> {
                type = t -> t.name().equals(parts[0]);
                meeting = m -> m.name().equals(parts[1]);
            }
            case CASE_TYPE_AND_MUNICIPALITY, CASE_TYPE_AND_REGION -> {
                type = t -> t.name().equals(parts[0]);
                area = regionMembers.containsKey(parts[1]) ? regionMembers.get(parts[1]) : Set.of(parts[1]);
            }
        }
        Set<Integer> cells = new HashSet<>();
        for (String municipality : area) {
            if (!municipalities.contains(municipality)) {
                continue;
            }
            for (int month : months(period)) {
                for (MeetingType m : MEETINGS) {
                    for (CaseType t : TYPES) {
                        if (meeting.test(m) && type.test(t)) {
                            cells.add(cell(municipality, month, m, t));
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** The generated municipalities a request's region and municipality filters leave. */
    Set<String> selection(IndicatorRequest request) {
        Set<String> area = new HashSet<>(municipalities);
        if (request.regionCode() != null) {
            area.retainAll(regionMembers.getOrDefault(request.regionCode(), Set.of()));
        }
        if (!request.municipalities().isEmpty()) {
            area.retainAll(request.municipalities());
        }
        return area;
    }

    private static List<Integer> months(String period) {
        List<Integer> months = new ArrayList<>();
        PeriodBound bound = PeriodBound.parse(period).orElseThrow();
        for (YearMonth m = bound.firstMonth(); !m.isAfter(bound.lastMonth()); m = m.plusMonths(1)) {
            months.add(m.getMonthValue());
        }
        return months;
    }
}
