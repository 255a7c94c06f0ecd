package nl.kansrijkestart.mdo.indicators;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Indicator 7 per case type, as the FHIR MeasureReport needs it; every list is suppressed on its
 * own (the strata per case type) and cells absent from a list are zero.
 *
 * @param wholeRange per case type, the counts over the whole range ({@code group} is the case
 *     type); {@code null} when the range spans more than one calendar year, because a case's
 *     token changes with the year and distinct cases cannot be counted across years
 * @param totals per case type and period ({@code group} is the case type)
 * @param byArea per case type, municipality or region and period ({@code group} "PREGNANCY/GM0202");
 *     empty unless the request is grouped by municipality or region
 * @param byMeetingType per case type, meeting type and period ({@code group} "FAMILY/POP")
 * @param notYetPublished the periods of the range whose year is not published yet; they have no cells
 */
public record CaseTypeReport(IndicatorRequest request, int threshold, @Nullable List<IndicatorCell> wholeRange,
        List<IndicatorCell> totals, List<IndicatorCell> byArea, List<IndicatorCell> byMeetingType,
        List<String> notYetPublished) {

    public CaseTypeReport {
        notYetPublished = List.copyOf(notYetPublished);
        wholeRange = wholeRange == null ? null : List.copyOf(wholeRange);
        totals = List.copyOf(totals);
        byArea = List.copyOf(byArea);
        byMeetingType = List.copyOf(byMeetingType);
    }

    /** The area the strata follow: municipality or region, else {@code null}. */
    public @Nullable Grouping area() {
        return switch (request.grouping()) {
            case MUNICIPALITY -> Grouping.MUNICIPALITY;
            case REGION -> Grouping.REGION;
            default -> null;
        };
    }
}
