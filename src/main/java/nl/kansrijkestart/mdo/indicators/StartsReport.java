package nl.kansrijkestart.mdo.indicators;

import java.util.List;
import nl.kansrijkestart.mdo.offer.OfferKind;
import org.jspecify.annotations.Nullable;

/**
 * The answer for indicator 8; years, areas, kinds and phases without any start are absent.
 * {@code totalNotOffered} is the message key telling why the selection has no {@link
 * FactIndicatorService#TOTAL} row (a free set of municipalities), or {@code null}. The years of
 * {@code notYetPublished} are still running and have no cells ({@link IndicatorReport#NOT_YET_PUBLISHED}).
 */
public record StartsReport(FactRequest request, int threshold, List<StartCell> cells, @Nullable String totalNotOffered,
        List<String> notYetPublished, boolean completeYearsOnly) {

    /**
     * The programmes the regional report names under indicator 8, in its order: JGZ prenatal home
     * visits, Stevig Ouderschap and VoorZorg. The feed carries every kind; the screen these rows.
     */
    public static final List<OfferKind> REPORT_KINDS = List.of(OfferKind.PRENATAL_HOME_VISIT,
            OfferKind.STEVIG_OUDERSCHAP, OfferKind.VOORZORG);

    public StartsReport {
        cells = List.copyOf(cells);
        notYetPublished = List.copyOf(notYetPublished);
    }
}
