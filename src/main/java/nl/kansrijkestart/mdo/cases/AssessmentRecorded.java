package nl.kansrijkestart.mdo.cases;

import java.time.LocalDate;
import nl.kansrijkestart.mdo.identity.Discipline;

/**
 * Published when a professional records a new instrument result (not a correction, which is a
 * new version of the same result); the indicators count it. Holds no case number and no person:
 * only what indicator 6 needs.
 *
 * @param administeredOn the day the instrument was filled in
 * @param recordedBy the discipline of the professional who recorded the result
 * @param validated whether the instrument is validated, as the catalogue said at recording
 */
public record AssessmentRecorded(LocalDate administeredOn, String municipalityCode, CaseType caseType,
        Discipline recordedBy, boolean validated) {}
