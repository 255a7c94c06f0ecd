package nl.kansrijkestart.mdo.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kansrijkestart.mdo.indicators.Grouping;
import nl.kansrijkestart.mdo.indicators.IndicatorRequest;
import nl.kansrijkestart.mdo.indicators.Period;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of the indicator feed, read as text so every wrong one is named in the
 * 400 answer rather than only the first.
 */
record FeedParameters(IndicatorRequest request) {

    private static final Map<String, Period> PERIODS =
            Map.of("year", Period.YEAR, "quarter", Period.QUARTER, "month", Period.MONTH);
    private static final Map<String, Grouping> GROUPINGS = Map.of("municipality", Grouping.MUNICIPALITY,
            "region", Grouping.REGION, "meetingType", Grouping.MEETING_TYPE, "caseType", Grouping.CASE_TYPE,
            "caseAndMeetingType", Grouping.CASE_AND_MEETING_TYPE);

    static FeedParameters parse(@Nullable String from, @Nullable String to, @Nullable String period,
            @Nullable String grouping, @Nullable String region, int currentYear) {
        List<FieldProblem> problems = new ArrayList<>();
        int fromYear = year("from", from, currentYear, problems);
        int toYear = year("to", to, fromYear, problems);
        Period chosenPeriod = choice("period", period, PERIODS, Period.YEAR, problems);
        Grouping chosenGrouping = choice("grouping", grouping, GROUPINGS, Grouping.MUNICIPALITY, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new FeedParameters(new IndicatorRequest(fromYear, toYear, chosenPeriod, chosenGrouping,
                region == null || region.isBlank() ? null : region));
    }

    private static int year(String field, @Nullable String text, int absent, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notAYear) {
            problems.add(new FieldProblem(field, "indicator.year-invalid"));
            return absent;
        }
    }

    private static <T> T choice(String field, @Nullable String text, Map<String, T> choices, T absent,
            List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        T chosen = choices.get(text.strip());
        if (chosen == null) {
            problems.add(new FieldProblem(field, "indicator.choice-invalid", String.join(", ",
                    choices.keySet().stream().sorted().toList())));
            return absent;
        }
        return chosen;
    }
}
