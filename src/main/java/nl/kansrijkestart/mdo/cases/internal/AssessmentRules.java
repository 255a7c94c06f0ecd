package nl.kansrijkestart.mdo.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.kansrijkestart.mdo.cases.AssessmentDraft;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import nl.kansrijkestart.mdo.shared.InputRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What an instrument result must look like. The values are checked by the catalogue (only whether
 * the instrument can produce them); the rest here. Every problem is reported at once.
 */
@Component
public class AssessmentRules {

    public static final String VERSION_FIELD = "instrumentVersion";

    private final InstrumentCatalogue catalogue;
    private final Clock clock;

    AssessmentRules(InstrumentCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Checks a new result, or with {@code replaced} a correction of it, which needs a reason. A
     * version taken out of use is refused for new results but stays usable to correct its own.
     *
     * @return the catalogue version the result was entered on
     */
    public InstrumentVersionSummary check(AssessmentDraft draft, @Nullable AssessmentRecord replaced,
            @Nullable String reason) {
        InputRules rules = checkFields(draft);
        if (replaced != null) {
            rules.requiredText("reason", reason, AssessmentRecord.TEXT_MAX);
        }
        Optional<InstrumentVersionSummary> version = Optional.ofNullable(draft.instrumentVersionId())
                .flatMap(catalogue::version);
        if (version.isPresent()) {
            checkValues(rules, version.get(), draft, replaced);
        } else if (draft.instrumentVersionId() != null) {
            rules.problem(VERSION_FIELD, "instrument.version.unknown");
        }
        rules.throwIfInvalid();
        // Without a version the draft was refused above.
        return version.orElseThrow();
    }

    private InputRules checkFields(AssessmentDraft draft) {
        LocalDate today = LocalDate.now(clock);
        return InputRules.check()
                .required(VERSION_FIELD, draft.instrumentVersionId())
                .required("administeredOn", draft.administeredOn())
                .that("administeredOn", draft.administeredOn(), on -> !on.isAfter(today),
                        "assessment.administered-on.future")
                .that("administeredOn", draft.administeredOn(), on -> !on.isBefore(today.minusYears(2)),
                        "assessment.administered-on.old")
                .required("respondent", draft.respondent())
                .requiredText("administeredBy", draft.administeredBy(), AssessmentRecord.ADMINISTERED_BY_MAX)
                .required("reportedRiskLevel", draft.reportedRiskLevel())
                .optionalText("suggestedCarePathway", draft.suggestedCarePathway(), AssessmentRecord.TEXT_MAX);
    }

    private void checkValues(InputRules rules, InstrumentVersionSummary version, AssessmentDraft draft,
            @Nullable AssessmentRecord replaced) {
        boolean correctingOwnVersion = replaced != null && replaced.getInstrumentVersionId() == version.id();
        if (!version.active() && !correctingOwnVersion) {
            rules.problem(VERSION_FIELD, "assessment.instrument-version.inactive");
            return;
        }
        catalogue.checkValues(version.id(), draft.domainValues(), draft.total())
                .forEach(problem -> rules.problem(problem.field(), problem.messageKey(), problem.arguments()));
    }
}
