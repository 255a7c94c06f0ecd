package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.Factor;
import org.jspecify.annotations.Nullable;

/** A case to register; for a named case with its consent, for an anonymous one without. */
@Schema(description = "A case to register. Anonymous cases carry no initials, dates or postcode and no consent.")
record CaseRequest(
        CaseType type,
        boolean anonymous,
        @Schema(example = "A.B.") @Nullable String initials,
        @Schema(example = "1998") @Nullable Integer parentBirthYear,
        @Nullable LocalDate expectedDueDate,
        @Nullable LocalDate youngestChildBirthDate,
        @Schema(example = "GM0202") String municipalityCode,
        @Schema(example = "6821") @Nullable String postcodeArea,
        String question,
        @Nullable Set<Factor> factors,
        @Nullable ConsentRequest consent) {

    CaseDraft draft() {
        return new CaseDraft(type, anonymous, initials, parentBirthYear, expectedDueDate, youngestChildBirthDate,
                municipalityCode, postcodeArea, question, factors == null ? Set.of() : factors);
    }
}
