package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.ConsentDraft;
import nl.kansrijkestart.mdo.cases.ConsentForm;
import nl.kansrijkestart.mdo.cases.ConsentGiver;
import nl.kansrijkestart.mdo.cases.LegalBasis;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

@Schema(description = "A consent, or another legal basis with a written justification.")
record ConsentRequest(
        LegalBasis basis,
        LocalDate givenOn,
        @Nullable ConsentForm form,
        @Nullable ConsentGiver givenBy,
        boolean discussInMeeting,
        boolean parentsAttend,
        boolean contactOtherProfessionals,
        @Nullable Set<Discipline> sharedDisciplines,
        @Nullable LocalDate validUntil,
        @Nullable String justification) {

    /**
     * The disciplines are always named, {@code []} for none: a {@code null} read as "none" stored a
     * consent that shared with nobody although the client may have meant otherwise.
     */
    ConsentDraft draft() {
        if (sharedDisciplines == null) {
            throw new InvalidInputException("sharedDisciplines", "consent.disciplines.required");
        }
        return new ConsentDraft(basis, givenOn, form, givenBy, discussInMeeting, parentsAttend,
                contactOtherProfessionals, sharedDisciplines, validUntil, justification);
    }
}
