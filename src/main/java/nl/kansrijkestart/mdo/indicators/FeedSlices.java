package nl.kansrijkestart.mdo.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * An answer of the feed read as slices of the protected tables: each period of the request is a
 * cell of its year's table, each row an area, meeting type or case type of it. Nothing is counted
 * afresh, so no two answers can differ by anything the table does not already protect. A period
 * of a year not yet published ({@link Publication}) has no cells; {@link #notYetPublished} lists it.
 */
final class FeedSlices {

    private final IntFunction<Optional<ProtectedTable>> years;
    private final Map<Integer, Optional<ProtectedTable>> read = new HashMap<>();
    private final QuerySpace space;

    /** @param years the published table of a year, empty while the year is not published */
    FeedSlices(IntFunction<Optional<ProtectedTable>> years, QuerySpace space) {
        this.years = years;
        this.space = space;
    }

    /** The periods among {@code periods} whose year is not published yet, in order. */
    List<String> notYetPublished(List<String> periods) {
        return List.copyOf(new TreeSet<>(periods.stream().filter(period -> table(period).isEmpty()).toList()));
    }

    private Optional<ProtectedTable> table(String period) {
        return read.computeIfAbsent(Integer.parseInt(period.substring(0, 4)), years::apply);
    }

    /** The cells of a request in its own grouping and periods. */
    List<IndicatorCell> cells(IndicatorRequest request) {
        return cells(request, request.grouping(), request.periodLabels());
    }

    /**
     * The cells of a request's area and range in another grouping and other periods.
     *
     * @throws nl.kansrijkestart.mdo.shared.InvalidInputException when a type grouping would need
     *     the total of a free set of municipalities
     */
    List<IndicatorCell> cells(IndicatorRequest request, Grouping grouping, List<String> periods) {
        @Nullable String area = grouping.byType() ? space.area(request) : null;
        List<IndicatorCell> cells = new ArrayList<>();
        for (String period : periods) {
            Optional<ProtectedTable> published = table(period);
            if (published.isEmpty()) {
                continue;
            }
            ProtectedTable table = published.get();
            switch (grouping) {
                case MUNICIPALITY, REGION, CASE_TYPE_AND_MUNICIPALITY, CASE_TYPE_AND_REGION ->
                        areas(table, request, grouping, period, cells);
                case MEETING_TYPE -> table.meetingTypes().forEach(type ->
                        add(cells, area == null ? null : table.cell(period, type, area, type, ProtectedTable.ALL)));
                case CASE_TYPE -> table.caseTypes().forEach(type ->
                        add(cells, area == null ? null : table.cell(period, type, area, ProtectedTable.ALL, type)));
                case CASE_AND_MEETING_TYPE -> table.caseTypes().forEach(type -> table.meetingTypes().forEach(
                        meeting -> add(cells, area == null ? null
                                : table.cell(period, type + "/" + meeting, area, meeting, type))));
            }
        }
        cells.sort(Comparator.comparing(IndicatorCell::group).thenComparing(IndicatorCell::period));
        return cells;
    }

    private void areas(ProtectedTable table, IndicatorRequest request, Grouping grouping, String period,
            List<IndicatorCell> cells) {
        boolean regions = grouping.byRegion();
        boolean perType = grouping == Grouping.CASE_TYPE_AND_MUNICIPALITY || grouping == Grouping.CASE_TYPE_AND_REGION;
        for (String area : table.areaCodes()) {
            boolean row = table.isRegion(area) == regions
                    && (regions ? space.regionRow(area, request) : space.municipalityRow(area, request));
            if (!row) {
                continue;
            }
            if (perType) {
                table.caseTypes().forEach(type ->
                        add(cells, table.cell(period, type + "/" + area, area, ProtectedTable.ALL, type)));
            } else {
                add(cells, table.cell(period, area, area, ProtectedTable.ALL, ProtectedTable.ALL));
            }
        }
    }

    private static void add(List<IndicatorCell> cells, @Nullable IndicatorCell cell) {
        if (cell != null) {
            cells.add(cell);
        }
    }
}
