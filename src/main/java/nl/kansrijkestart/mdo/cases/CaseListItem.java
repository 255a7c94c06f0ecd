package nl.kansrijkestart.mdo.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of "Mijn casussen". */
public record CaseListItem(
        String caseNumber,
        CaseType type,
        boolean anonymous,
        @Nullable String initials,
        String municipalityCode,
        CaseStatus status,
        boolean urgent,
        ConsentState consentState,
        String contactPersonName,
        Instant lastChangedAt) {}
