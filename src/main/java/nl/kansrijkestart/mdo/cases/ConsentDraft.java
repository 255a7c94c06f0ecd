package nl.kansrijkestart.mdo.cases;

import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.Discipline;
import org.jspecify.annotations.Nullable;

/**
 * A consent to record, or another legal basis with its written justification.
 *
 * @param sharedDisciplines the disciplines the client agreed to share with
 * @param validUntil last day the consent holds, or {@code null} for until withdrawn
 */
public record ConsentDraft(
        @Nullable LegalBasis basis,
        @Nullable LocalDate givenOn,
        @Nullable ConsentForm form,
        @Nullable ConsentGiver givenBy,
        boolean discussInMeeting,
        boolean parentsAttend,
        boolean contactOtherProfessionals,
        Set<Discipline> sharedDisciplines,
        @Nullable LocalDate validUntil,
        @Nullable String justification) {

    public ConsentDraft {
        sharedDisciplines = Set.copyOf(sharedDisciplines);
    }
}
