package nl.kansrijkestart.mdo.cases;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a professional fills in for a case. For an anonymous case only type, municipality and
 * question are kept; identifying fields must be empty.
 *
 * @param expectedDueDate for a pregnancy
 * @param youngestChildBirthDate for a family
 * @param postcodeArea optional four digits, e.g. 6821
 */
public record CaseDraft(
        @Nullable CaseType type,
        boolean anonymous,
        @Nullable String initials,
        @Nullable Integer parentBirthYear,
        @Nullable LocalDate expectedDueDate,
        @Nullable LocalDate youngestChildBirthDate,
        @Nullable String municipalityCode,
        @Nullable String postcodeArea,
        @Nullable String question,
        Set<Factor> factors) {

    public CaseDraft {
        factors = Set.copyOf(factors);
    }
}
