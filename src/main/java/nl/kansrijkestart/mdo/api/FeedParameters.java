package nl.kansrijkestart.mdo.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.indicators.Grouping;
import nl.kansrijkestart.mdo.indicators.IndicatorRequest;
import nl.kansrijkestart.mdo.indicators.Period;
import nl.kansrijkestart.mdo.indicators.PeriodBound;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of the indicator feed, read as text so every wrong one is named in the
 * 400 answer rather than only the first. {@code from} and {@code to} are years ("2025"), quarters
 * ("2025-Q2") or months ("2025-03"); without {@code period} the periods are as fine as the finer bound.
 */
record FeedParameters(IndicatorRequest request) {

    private static final Map<String, Period> PERIODS =
            Map.of("year", Period.YEAR, "quarter", Period.QUARTER, "month", Period.MONTH);
    private static final Map<String, Grouping> GROUPINGS = Map.of("municipality", Grouping.MUNICIPALITY,
            "region", Grouping.REGION, "meetingType", Grouping.MEETING_TYPE, "caseType", Grouping.CASE_TYPE,
            "caseAndMeetingType", Grouping.CASE_AND_MEETING_TYPE);

    /** The text parameters as the client sent them; any may be absent. */
    record Given(@Nullable String from, @Nullable String to, @Nullable String period, @Nullable String grouping,
            @Nullable String region, @Nullable String municipality) {}

    static FeedParameters parse(Given given, int currentYear) {
        List<FieldProblem> problems = new ArrayList<>();
        PeriodBound from = bound("from", given.from(), PeriodBound.year(currentYear), problems);
        PeriodBound to = bound("to", given.to(), from, problems);
        Period finest = from.unit().compareTo(to.unit()) >= 0 ? from.unit() : to.unit();
        Period chosenPeriod = choice("period", given.period(), PERIODS, finest, problems);
        Grouping chosenGrouping = choice("grouping", given.grouping(), GROUPINGS, Grouping.MUNICIPALITY, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String region = given.region();
        return new FeedParameters(new IndicatorRequest(from, to, chosenPeriod, chosenGrouping,
                region == null || region.isBlank() ? null : region.strip(), municipalities(given.municipality())));
    }

    private static PeriodBound bound(String field, @Nullable String text, PeriodBound absent,
            List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        Optional<PeriodBound> bound = PeriodBound.parse(text);
        if (bound.isEmpty()) {
            problems.add(new FieldProblem(field, "indicator.bound-invalid"));
        }
        return bound.orElse(absent);
    }

    /** Comma-separated CBS codes; upper case as the codes are stored. */
    private static Set<String> municipalities(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> code.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
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
