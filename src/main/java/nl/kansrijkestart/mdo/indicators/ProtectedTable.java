package nl.kansrijkestart.mdo.indicators;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one protected publication of indicator 7 for one year: every cell of the full table over
 * the fixed query space (each municipality, each defined region and the total; the year, its
 * quarters and its months; each meeting type and their total; each case type and their total),
 * with distinct cases and discussions, and one suppression pattern for both measures
 * ({@link HierarchySuppression}). Every answer of the feed and the screen is read from here.
 */
final class ProtectedTable {

    /** The total over all municipalities, meeting types or case types. */
    static final String ALL = "*";
    static final int PERIODS = 17;

    private final int year;
    private final Set<String> regionCodes;
    private final Index areas;
    private final Index meetingTypes;
    private final Index caseTypes;
    private final long[] cases;
    private final long[] discussions;
    private final BitSet hidden;

    ProtectedTable(int year, Set<String> regionCodes, Index areas, Index meetingTypes, Index caseTypes,
            long[] cases, long[] discussions, BitSet hidden) {
        this.year = year;
        this.regionCodes = Set.copyOf(regionCodes);
        this.areas = areas;
        this.meetingTypes = meetingTypes;
        this.caseTypes = caseTypes;
        this.cases = cases;
        this.discussions = discussions;
        this.hidden = hidden;
    }

    int year() {
        return year;
    }

    /** The municipality and region codes with any count this year (not {@link #ALL}). */
    List<String> areaCodes() {
        return areas.names().subList(1, areas.size());
    }

    boolean isRegion(String area) {
        return regionCodes.contains(area);
    }

    List<String> meetingTypes() {
        return meetingTypes.names().subList(1, meetingTypes.size());
    }

    List<String> caseTypes() {
        return caseTypes.names().subList(1, caseTypes.size());
    }

    /**
     * The published cell, or {@code null} for a zero cell (absent from answers, as before); a
     * withheld cell is hidden even when it is zero, or its zero would pin its siblings.
     *
     * @param period a label of this year: "2025", "2025-Q1" or "2025-03"
     */
    @Nullable IndicatorCell cell(String period, String group, String area, String meetingType, String caseType) {
        int a = areas.of(area);
        int m = meetingTypes.of(meetingType);
        int c = caseTypes.of(caseType);
        if (a < 0 || m < 0 || c < 0) {
            return null;
        }
        int i = index(a, periodIndex(period), m, c);
        if (cases[i] == 0 && discussions[i] == 0 && !hidden.get(i)) {
            return null;
        }
        boolean secret = hidden.get(i);
        return new IndicatorCell(period, group, secret ? Count.hidden() : Count.shown(cases[i]),
                secret ? Count.hidden() : Count.shown(discussions[i]));
    }

    int index(int area, int period, int meetingType, int caseType) {
        return ((area * PERIODS + period) * meetingTypes.size() + meetingType) * caseTypes.size() + caseType;
    }

    /** The period position (see {@link #periodIndex}) of a flat cell index. */
    int periodOf(int index) {
        return index / (meetingTypes.size() * caseTypes.size()) % PERIODS;
    }

    /** 0 for the year, 1–4 for its quarters, 5–16 for its months. */
    static int periodIndex(String label) {
        if (label.length() == 4) {
            return 0;
        }
        if (label.charAt(5) == 'Q') {
            return label.charAt(6) - '0';
        }
        return 4 + Integer.parseInt(label.substring(5));
    }

    /** Names of one dimension's positions, position 0 being the total ({@link #ALL}). */
    record Index(List<String> names, Map<String, Integer> positions) {

        static Index of(List<String> withoutTotal) {
            List<String> names = new java.util.ArrayList<>();
            names.add(ALL);
            names.addAll(withoutTotal);
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                positions.put(names.get(i), i);
            }
            return new Index(List.copyOf(names), Map.copyOf(positions));
        }

        int of(String name) {
            return positions.getOrDefault(name, -1);
        }

        int size() {
            return names.size();
        }
    }
}
