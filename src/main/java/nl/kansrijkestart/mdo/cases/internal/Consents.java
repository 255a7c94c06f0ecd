package nl.kansrijkestart.mdo.cases.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import nl.kansrijkestart.mdo.cases.ConsentState;

/** Reading the consent situation of a case on a given day. */
public final class Consents {

    private Consents() {}

    /** The most recently recorded consent in force on {@code day}. */
    public static Optional<ConsentRecord> activeOn(CaseFile caseFile, LocalDate day) {
        return caseFile.getConsents().stream()
                .filter(consent -> consent.isActiveOn(day))
                .max(Comparator.comparing(ConsentRecord::getRecordedAt));
    }

    public static ConsentState stateOn(CaseFile caseFile, LocalDate day) {
        if (caseFile.isAnonymous()) {
            return ConsentState.ANONYMOUS;
        }
        if (activeOn(caseFile, day).isPresent()) {
            return ConsentState.ACTIVE;
        }
        if (caseFile.getConsents().stream().anyMatch(c -> c.getWithdrawnOn() != null && !c.getWithdrawnOn().isAfter(day))) {
            return ConsentState.WITHDRAWN;
        }
        if (caseFile.getConsents().stream().anyMatch(c -> c.getValidUntil() != null && c.getValidUntil().isBefore(day))) {
            return ConsentState.EXPIRED;
        }
        return ConsentState.NONE;
    }
}
