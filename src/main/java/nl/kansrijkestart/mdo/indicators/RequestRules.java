package nl.kansrijkestart.mdo.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.InvalidInputException.FieldProblem;

/** What an indicator request must satisfy; every problem is named with its field. */
final class RequestRules {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;
    static final int MAX_YEARS = 50;

    private RequestRules() {}

    static void check(IndicatorRequest request, List<RegionSummary> regions, Set<String> municipalityCodes) {
        List<FieldProblem> problems = new ArrayList<>();
        yearInRange("from", request.fromYear(), problems);
        yearInRange("to", request.toYear(), problems);
        if (request.firstDay().isAfter(request.lastDay())) {
            boolean years = request.from().unit() == Period.YEAR && request.to().unit() == Period.YEAR;
            problems.add(new FieldProblem("to", years ? "indicator.years-reversed" : "indicator.range-reversed"));
        } else if (request.toYear() - request.fromYear() >= MAX_YEARS) {
            problems.add(new FieldProblem("to", "indicator.too-many-years", MAX_YEARS));
        }
        if (!fits(request.period(), request)) {
            problems.add(new FieldProblem("period", "indicator.period-does-not-fit"));
        }
        if (request.regionCode() != null && regions.stream().noneMatch(r -> r.code().equals(request.regionCode()))) {
            problems.add(new FieldProblem("region", "indicator.region-unknown"));
        }
        if (!municipalityCodes.containsAll(request.municipalities())) {
            problems.add(new FieldProblem("municipality", "indicator.municipality-unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Whether the range starts and ends with whole periods of this length: a year column that held
     * only some quarters of the year would be read as the whole year.
     */
    private static boolean fits(Period period, IndicatorRequest request) {
        int first = request.firstDay().getMonthValue();
        int last = request.lastDay().getMonthValue();
        return switch (period) {
            case YEAR -> first == 1 && last == 12;
            case QUARTER -> first % 3 == 1 && last % 3 == 0;
            case MONTH -> true;
        };
    }

    /** A range of whole years (indicators 6, 10 and 12): each year plausible, in order, not too long. */
    static void checkYears(int fromYear, int toYear, List<FieldProblem> problems) {
        yearInRange("from", fromYear, problems);
        yearInRange("to", toYear, problems);
        if (fromYear > toYear) {
            problems.add(new FieldProblem("to", "indicator.years-reversed"));
        } else if (toYear - fromYear >= MAX_YEARS) {
            problems.add(new FieldProblem("to", "indicator.too-many-years", MAX_YEARS));
        }
    }

    private static void yearInRange(String field, int year, List<FieldProblem> problems) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new FieldProblem(field, "indicator.year-out-of-range", FIRST_YEAR, LAST_YEAR));
        }
    }
}
