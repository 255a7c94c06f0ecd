package nl.kansrijkestart.mdo.indicators;

import java.util.ArrayList;
import java.util.List;
import nl.kansrijkestart.mdo.cases.BirthPhase;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.offer.OfferKind;

/**
 * The measures an imported figure may carry, per indicator: the rows of the regional report.
 * <ul>
 *   <li>7: {@code cases} (all cases of the area) or a case and meeting type as in the feed's
 *       {@code caseAndMeetingType} grouping, e.g. {@code PREGNANCY/POP} ("Aantal zwangeren in het
 *       POP-overleg");</li>
 *   <li>8: a kind of support and the phase around the birth as in the feed's cells, e.g. {@code
 *       STEVIG_OUDERSCHAP/BEFORE_BIRTH} ("Stevig Ouderschap: gestart vóór de geboorte"): the families
 *       whose first support of that kind started in the year;</li>
 *   <li>6 and 10: {@code total} and {@code part} (the share is computed from them);</li>
 *   <li>12: {@code cases} and {@code median_days}.</li>
 * </ul>
 */
public final class HistoryMeasures {

    public static final String CASES = "cases";
    public static final String TOTAL = "total";
    public static final String PART = "part";
    public static final String MEDIAN_DAYS = "median_days";

    /** The indicators that take imported figures, in the order of the report. */
    public static final List<String> INDICATORS = List.of("6", "7", "8", "10", "12");

    private HistoryMeasures() {}

    public static List<String> of(String indicator) {
        return switch (indicator) {
            case "7" -> {
                List<String> measures = new ArrayList<>(List.of(CASES));
                for (CaseType caseType : CaseType.values()) {
                    for (MeetingType meetingType : MeetingType.values()) {
                        measures.add(caseType.name() + "/" + meetingType.name());
                    }
                }
                yield List.copyOf(measures);
            }
            case "8" -> {
                List<String> measures = new ArrayList<>();
                for (OfferKind kind : OfferKind.values()) {
                    for (BirthPhase phase : BirthPhase.values()) {
                        measures.add(kind.name() + "/" + phase.name());
                    }
                }
                yield List.copyOf(measures);
            }
            case "6", "10" -> List.of(TOTAL, PART);
            case "12" -> List.of(CASES, MEDIAN_DAYS);
            default -> List.of();
        };
    }

    /** Whether the measure is a number of cases or results (whole, protected by the threshold). */
    static boolean isCount(String measure) {
        return !MEDIAN_DAYS.equals(measure);
    }
}
