package nl.kansrijkestart.mdo.api;

import java.util.ArrayList;
import java.util.List;
import nl.kansrijkestart.mdo.indicators.FactRequest;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The years and region of a request for an indicator counted from facts (6, 8, 10, 12, 12-support),
 * read alike by every feed of them: every wrong parameter is named in the 400 answer, not only the
 * first.
 */
final class FactRequests {

    private FactRequests() {}

    /** {@code from} defaults to {@code currentYear}, {@code to} to {@code from}; a blank region is none. */
    static FactRequest of(@Nullable String from, @Nullable String to, @Nullable String region, int currentYear) {
        List<FieldProblem> problems = new ArrayList<>();
        int fromYear = year("from", from, currentYear, problems);
        int toYear = year("to", to, fromYear, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new FactRequest(fromYear, toYear, region == null || region.isBlank() ? null : region.strip());
    }

    private static int year(String field, @Nullable String text, int absent, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        // Plain ASCII digits only: Integer.parseInt would also read "+2025" and Arabic-Indic digits.
        if (!text.strip().matches("[0-9]{1,4}")) {
            problems.add(new FieldProblem(field, "indicator.year-invalid"));
            return absent;
        }
        return Integer.parseInt(text.strip());
    }
}
