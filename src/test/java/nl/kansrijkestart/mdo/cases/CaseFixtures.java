package nl.kansrijkestart.mdo.cases;

import java.time.LocalDate;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.Discipline;

/** Valid drafts to start a test from; each test changes what it is about. */
final class CaseFixtures {

    private CaseFixtures() {}

    static CaseDraft pregnancy(String initials) {
        return new CaseDraft(CaseType.PREGNANCY, false, initials, LocalDate.now().getYear() - 24,
                LocalDate.now().plusMonths(4), null, "GM0202", "6821", "Zorgen over huisvesting en schulden.",
                Set.of(Factor.FINANCIAL_PROBLEMS, Factor.MOTIVATION));
    }

    static CaseDraft family(String initials) {
        return new CaseDraft(CaseType.FAMILY, false, initials, LocalDate.now().getYear() - 30, null,
                LocalDate.now().minusMonths(5), "GM0228", null, "Ondersteuning bij opvoeding gevraagd.", Set.of());
    }

    static CaseDraft anonymous() {
        return new CaseDraft(CaseType.PREGNANCY, true, null, null, null, null, "GM0275", null,
                "Hoe begeleiden we een zwangere die zorg mijdt?", Set.of(Factor.AVOIDING_CARE));
    }

    static ConsentDraft consentFor(Discipline... disciplines) {
        return new ConsentDraft(LegalBasis.CONSENT, LocalDate.now(), ConsentForm.WRITTEN, ConsentGiver.CLIENT,
                true, false, true, Set.of(disciplines), null, null);
    }
}
