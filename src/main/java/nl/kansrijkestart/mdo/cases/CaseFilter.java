package nl.kansrijkestart.mdo.cases;

import org.jspecify.annotations.Nullable;

/** Filters of "Mijn casussen"; {@code null} means any. {@code text} searches case number and initials. */
public record CaseFilter(
        @Nullable CaseType type,
        @Nullable CaseStatus status,
        @Nullable String municipalityCode,
        boolean urgentOnly,
        @Nullable ConsentState consentState,
        @Nullable String text) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, false, null, null);
    }
}
