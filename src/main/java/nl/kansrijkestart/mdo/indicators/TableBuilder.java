package nl.kansrijkestart.mdo.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.kansrijkestart.mdo.reference.RegionSummary;

/**
 * Counts one year's events into the full table of {@link ProtectedTable} and protects it. Rows
 * come per case token, discussion counts per municipality or region, month, meeting type and case
 * type; a case counts once in every cell it touches (distinct cases), a discussion once.
 */
final class TableBuilder {

    private final int year;
    private final List<RegionSummary> regions;
    private final List<Row> municipalityRows = new ArrayList<>();
    private final List<Row> regionRows = new ArrayList<>();

    /** Discussions of one case in one area, month, meeting type and case type. */
    record Row(String token, String area, int month, String meetingType, String caseType, long discussions) {}

    TableBuilder(int year, List<RegionSummary> regions) {
        this.year = year;
        this.regions = regions;
    }

    void municipality(Row row) {
        municipalityRows.add(row);
    }

    void region(Row row) {
        regionRows.add(row);
    }

    ProtectedTable build(int threshold) {
        Set<String> municipalities = new TreeSet<>();
        Set<String> regionCodes = new TreeSet<>();
        Set<String> meetingTypes = new TreeSet<>();
        Set<String> caseTypes = new TreeSet<>();
        municipalityRows.forEach(row -> municipalities.add(row.area()));
        regionRows.forEach(row -> regionCodes.add(row.area()));
        for (List<Row> rows : List.of(municipalityRows, regionRows)) {
            rows.forEach(row -> {
                meetingTypes.add(row.meetingType());
                caseTypes.add(row.caseType());
            });
        }
        List<String> areaNames = new ArrayList<>(regionCodes);
        areaNames.addAll(municipalities);
        ProtectedTable.Index areas = ProtectedTable.Index.of(areaNames);
        ProtectedTable.Index meetings = ProtectedTable.Index.of(List.copyOf(meetingTypes));
        ProtectedTable.Index types = ProtectedTable.Index.of(List.copyOf(caseTypes));
        int[] sizes = {areas.size(), ProtectedTable.PERIODS, meetings.size(), types.size()};
        long[] cases = new long[sizes[0] * sizes[1] * sizes[2] * sizes[3]];
        long[] discussions = new long[cases.length];
        ProtectedTable shape = new ProtectedTable(year, regionCodes, areas, meetings, types, cases, discussions,
                new BitSet());
        count(municipalityRows, true, shape, areas, meetings, types, cases, discussions);
        count(regionRows, false, shape, areas, meetings, types, cases, discussions);
        List<List<int[]>> relations = List.of(areaRelations(areas, regionCodes, municipalities), periodRelations(),
                totalRelation(meetings.size()), totalRelation(types.size()));
        BitSet hidden = new HierarchySuppression(threshold).hidden(cases, sizes, relations,
                withheld(shape, areas.size() - municipalities.size(), areas.size(), cases),
                cell -> shape.periodOf(cell) == 0);
        return new ProtectedTable(year, regionCodes, areas, meetings, types, cases, discussions, hidden);
    }

    /**
     * The quarters and months of each municipality, per meeting type and case type and their
     * totals, whenever its year has a case there. Published, a municipality's small months pull
     * complements through its quarters into its year, its types and its region, until little of
     * the yearly municipality counts is left (3 of 45 with the demo history); withheld, they are
     * unknowns that protect one another, and the yearly counts per municipality, like the regional
     * report, stay shown. Regions and the total keep their quarters and months.
     */
    private static BitSet withheld(ProtectedTable shape, int firstMunicipality, int areaCount, long[] cases) {
        BitSet withheld = new BitSet(cases.length);
        int meetingCount = shape.meetingTypes().size() + 1;
        int typeCount = shape.caseTypes().size() + 1;
        for (int a = firstMunicipality; a < areaCount; a++) {
            for (int m = 0; m < meetingCount; m++) {
                for (int c = 0; c < typeCount; c++) {
                    if (cases[shape.index(a, 0, m, c)] == 0) {
                        continue;
                    }
                    for (int p = 1; p < ProtectedTable.PERIODS; p++) {
                        withheld.set(shape.index(a, p, m, c));
                    }
                }
            }
        }
        return withheld;
    }

    /** Adds each token's rows to every cell they touch: the case once per cell, every discussion. */
    private static void count(List<Row> rows, boolean municipal, ProtectedTable shape, ProtectedTable.Index areas,
            ProtectedTable.Index meetings, ProtectedTable.Index types, long[] cases, long[] discussions) {
        Map<String, List<Row>> byToken = new HashMap<>();
        rows.forEach(row -> byToken.computeIfAbsent(row.token(), t -> new ArrayList<>(2)).add(row));
        int[] touched = new int[24];
        for (List<Row> ofToken : byToken.values()) {
            Set<Integer> cells = new HashSet<>();
            for (Row row : ofToken) {
                int n = cellsOf(row, municipal, shape, areas, meetings, types, touched);
                for (int i = 0; i < n; i++) {
                    discussions[touched[i]] += row.discussions();
                    cells.add(touched[i]);
                }
            }
            cells.forEach(cell -> cases[cell]++);
        }
    }

    private static int cellsOf(Row row, boolean municipal, ProtectedTable shape, ProtectedTable.Index areas,
            ProtectedTable.Index meetings, ProtectedTable.Index types, int[] into) {
        int[] areaPositions = municipal ? new int[] {areas.of(row.area()), 0} : new int[] {areas.of(row.area())};
        int[] periods = {0, (row.month() + 2) / 3, 4 + row.month()};
        int[] meetingPositions = {meetings.of(row.meetingType()), 0};
        int[] typePositions = {types.of(row.caseType()), 0};
        int n = 0;
        for (int a : areaPositions) {
            for (int p : periods) {
                for (int m : meetingPositions) {
                    for (int c : typePositions) {
                        into[n++] = shape.index(a, p, m, c);
                    }
                }
            }
        }
        return n;
    }

    /**
     * The total is the sum of all municipalities; a region the sum of its sub-regions and its own
     * municipalities, and also of all its municipalities at any depth. Indicators 6, 10 and 12 use
     * the same lines over their areas ({@link FactTables}).
     */
    List<int[]> areaRelations(ProtectedTable.Index areas, Set<String> regionCodes,
            Set<String> municipalities) {
        List<int[]> relations = new ArrayList<>();
        relations.add(relation(0, municipalities.stream().mapToInt(areas::of).toArray()));
        topRegions(areas, municipalities).ifPresent(relations::add);
        Map<Long, String> codes = new HashMap<>();
        regions.forEach(region -> codes.put(region.id(), region.code()));
        for (RegionSummary region : regions) {
            int parent = areas.of(region.code());
            if (parent < 0) {
                continue;
            }
            List<Integer> children = new ArrayList<>();
            regions.stream().filter(sub -> sub.parentId() != null && sub.parentId() == region.id())
                    .map(sub -> areas.of(sub.code())).filter(p -> p > 0).forEach(children::add);
            region.directMunicipalities().stream().map(m -> areas.of(m.code())).filter(p -> p > 0)
                    .forEach(children::add);
            relations.add(relation(parent, children.stream().mapToInt(Integer::intValue).toArray()));
            relations.add(relation(parent, region.allMunicipalityCodes().stream().mapToInt(areas::of)
                    .filter(p -> p > 0 && !regionCodes.contains(areas.names().get(p))).toArray()));
        }
        return relations;
    }

    /**
     * The total as the sum of the top regions and the municipalities in none, when top regions do
     * not share municipalities: then a top region and the total can differ by exactly those, which
     * an attacker would use (in a country of one region they are the same cell).
     */
    private Optional<int[]> topRegions(ProtectedTable.Index areas, Set<String> municipalities) {
        Set<String> covered = new HashSet<>();
        List<Integer> children = new ArrayList<>();
        for (RegionSummary top : regions) {
            if (top.parentId() != null) {
                continue;
            }
            for (String member : top.allMunicipalityCodes()) {
                if (!covered.add(member)) {
                    return Optional.empty();
                }
            }
            int position = areas.of(top.code());
            if (position > 0) {
                children.add(position);
            }
        }
        municipalities.stream().filter(m -> !covered.contains(m)).map(areas::of).forEach(children::add);
        return Optional.of(relation(0, children.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The year is the sum of its quarters and of its months, a quarter the sum of its months. */
    private static List<int[]> periodRelations() {
        List<int[]> relations = new ArrayList<>();
        relations.add(new int[] {0, 1, 2, 3, 4});
        for (int quarter = 1; quarter <= 4; quarter++) {
            int first = 4 + 3 * quarter - 2;
            relations.add(new int[] {quarter, first, first + 1, first + 2});
        }
        int[] months = new int[13];
        for (int month = 1; month <= 12; month++) {
            months[month] = 4 + month;
        }
        relations.add(months);
        return relations;
    }

    private static List<int[]> totalRelation(int size) {
        int[] relation = new int[size];
        for (int i = 0; i < size; i++) {
            relation[i] = i;
        }
        return List.of(relation);
    }

    private static int[] relation(int parent, int[] children) {
        int[] distinct = Arrays.stream(children).distinct().toArray();
        int[] relation = new int[distinct.length + 1];
        relation[0] = parent;
        System.arraycopy(distinct, 0, relation, 1, distinct.length);
        return relation;
    }
}
