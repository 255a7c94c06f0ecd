package nl.kansrijkestart.mdo.cases;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one meeting participant may see of a case on the agenda. {@code anonymised} when the
 * participant's discipline is outside the consent (or the case is anonymous): then only type,
 * municipality (and for an anonymous case question and factors), never initials or dates.
 * {@code caseNumber} is {@code null} when the meeting hides the case from the viewer altogether.
 */
public record MeetingCaseSummary(
        @Nullable String caseNumber,
        CaseType type,
        boolean anonymised,
        String municipalityCode,
        @Nullable String initials,
        @Nullable Integer parentBirthYear,
        @Nullable LocalDate expectedDueDate,
        @Nullable LocalDate youngestChildBirthDate,
        @Nullable String question,
        Set<Factor> factors,
        boolean urgent,
        String contactPersonName) {}
