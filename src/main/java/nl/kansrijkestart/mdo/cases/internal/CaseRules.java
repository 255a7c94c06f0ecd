package nl.kansrijkestart.mdo.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.ConsentDraft;
import nl.kansrijkestart.mdo.cases.LegalBasis;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import nl.kansrijkestart.mdo.shared.InputRules;
import org.springframework.stereotype.Component;

/**
 * What a case and a consent must look like: required fields, lengths and plausible dates. An
 * anonymous case must not carry identifying fields at all.
 */
@Component
public class CaseRules {

    public static final int QUESTION_MAX = 2000;
    public static final int JUSTIFICATION_MIN = 20;
    static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.?){1,5}");
    /** A consent ends within this many years, however long it was given for: ask again after that. */
    private static final int CONSENT_YEARS_MAX = 20;
    private static final Pattern POSTCODE_AREA = Pattern.compile("[1-9][0-9]{3}");

    private final Clock clock;
    private final MunicipalityService municipalities;

    CaseRules(Clock clock, MunicipalityService municipalities) {
        this.clock = clock;
        this.municipalities = municipalities;
    }

    public void check(CaseDraft draft) {
        LocalDate today = LocalDate.now(clock);
        InputRules rules = InputRules.check()
                .required("type", draft.type())
                .requiredText("question", draft.question(), QUESTION_MAX)
                .required("municipality", InputRules.normalise(draft.municipalityCode()));
        if (draft.municipalityCode() != null && municipalities.municipalities().stream()
                .filter(MunicipalitySummary::active)
                .noneMatch(m -> m.code().equals(draft.municipalityCode()))) {
            rules.problem("municipality", "municipality.unknown");
        }
        if (draft.anonymous()) {
            checkNothingIdentifying(rules, draft);
        } else {
            checkIdentifyingFields(rules, draft, today);
        }
        rules.throwIfInvalid();
    }

    private static void checkNothingIdentifying(InputRules rules, CaseDraft draft) {
        if (InputRules.normalise(draft.initials()) != null || draft.parentBirthYear() != null
                || draft.expectedDueDate() != null || draft.youngestChildBirthDate() != null
                || InputRules.normalise(draft.postcodeArea()) != null) {
            rules.problem("anonymous", "case.anonymous.identifying");
        }
    }

    private static void checkIdentifyingFields(InputRules rules, CaseDraft draft, LocalDate today) {
        rules.required("initials", InputRules.normalise(draft.initials()))
                .that("initials", InputRules.normalise(draft.initials()), INITIALS.asMatchPredicate(),
                        "case.initials.invalid")
                .required("parentBirthYear", draft.parentBirthYear())
                .that("parentBirthYear", draft.parentBirthYear(),
                        year -> year >= today.getYear() - 60 && year <= today.getYear() - 12,
                        "case.parent-birth-year.invalid", today.getYear() - 60, today.getYear() - 12)
                .that("postcodeArea", InputRules.normalise(draft.postcodeArea()), POSTCODE_AREA.asMatchPredicate(),
                        "case.postcode-area.invalid");
        if (draft.type() == CaseType.PREGNANCY) {
            rules.required("expectedDueDate", draft.expectedDueDate())
                    .that("expectedDueDate", draft.expectedDueDate(),
                            due -> !due.isBefore(today.minusMonths(3)) && !due.isAfter(today.plusMonths(10)),
                            "case.due-date.invalid");
        } else if (draft.type() == CaseType.FAMILY) {
            rules.required("youngestChildBirthDate", draft.youngestChildBirthDate())
                    .that("youngestChildBirthDate", draft.youngestChildBirthDate(),
                            born -> !born.isAfter(today) && born.isAfter(today.minusYears(4)),
                            "case.child-birth-date.invalid");
        }
    }

    public void check(ConsentDraft draft) {
        LocalDate today = LocalDate.now(clock);
        InputRules rules = InputRules.check()
                .required("basis", draft.basis())
                .required("givenOn", draft.givenOn())
                .that("givenOn", draft.givenOn(), given -> !given.isAfter(today), "consent.given-on.future")
                .that("givenOn", draft.givenOn(), given -> given.isAfter(today.minusYears(2)), "consent.given-on.old")
                .optionalText("justification", draft.justification(), QUESTION_MAX);
        if (draft.validUntil() != null && draft.givenOn() != null && draft.validUntil().isBefore(draft.givenOn())) {
            rules.problem("validUntil", "consent.valid-until.before-given");
        }
        rules.that("validUntil", draft.validUntil(), until -> !until.isAfter(today.plusYears(CONSENT_YEARS_MAX)),
                "consent.valid-until.too-late", CONSENT_YEARS_MAX);
        if (draft.basis() == LegalBasis.CONSENT) {
            rules.required("form", draft.form()).required("givenBy", draft.givenBy());
        } else if (draft.basis() != null) {
            String justification = InputRules.normalise(draft.justification());
            if (justification == null || justification.length() < JUSTIFICATION_MIN) {
                rules.problem("justification", "consent.justification.required", JUSTIFICATION_MIN);
            }
        }
        if (!draft.discussInMeeting() && !draft.contactOtherProfessionals() && draft.sharedDisciplines().isEmpty()) {
            rules.problem("purposes", "consent.purposes.required");
        }
        rules.throwIfInvalid();
    }
}
