package nl.kansrijkestart.mdo.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kansrijkestart.mdo.reference.internal.InstrumentDomain;
import nl.kansrijkestart.mdo.reference.internal.InstrumentVersion;
import nl.kansrijkestart.mdo.shared.InputRules;
import org.jspecify.annotations.Nullable;

/**
 * Checks a new instrument version field by field and domain by domain, so the administrator sees
 * every problem of the form at once. Ranges are only checked to be well-formed: whether a score is
 * worrying is not the catalogue's business.
 */
final class VersionDraftRules {

    private static final Pattern DOMAIN_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    private VersionDraftRules() {}

    /** Trims text and writes codes in capitals, as they are stored. */
    static InstrumentVersionDraft normalise(InstrumentVersionDraft draft) {
        List<DomainDraft> domains = draft.domains().stream()
                .map(domain -> new DomainDraft(
                        domain.code() == null ? null : InputRules.normalise(domain.code().toUpperCase(Locale.ROOT)),
                        InputRules.normalise(domain.name()), domain.type(), domain.scoreMin(), domain.scoreMax()))
                .toList();
        return new InstrumentVersionDraft(InputRules.normalise(draft.label()), draft.hasTotal(), draft.totalMin(),
                draft.totalMax(), domains);
    }

    /** The problems of a normalised draft, not yet thrown, so the caller can add its own. */
    static InputRules check(InstrumentVersionDraft draft) {
        InputRules rules = InputRules.check().requiredText("label", draft.label(), InstrumentVersion.LABEL_MAX);
        if (draft.hasTotal()) {
            range(rules, "totalMin", draft.totalMin(), "totalMax", draft.totalMax());
        } else if (draft.totalMin() != null || draft.totalMax() != null) {
            rules.problem("totalMin", "instrument.version.total-unexpected");
        }
        if (draft.domains().isEmpty()) {
            rules.problem("domains", "instrument.domains.required");
        }
        Set<String> codes = new HashSet<>();
        for (int index = 0; index < draft.domains().size(); index++) {
            domain(rules, index, draft.domains().get(index), codes);
        }
        return rules;
    }

    private static void domain(InputRules rules, int index, DomainDraft domain, Set<String> codesSoFar) {
        String codeField = DomainDraft.field(index, "code");
        rules.required(codeField, domain.code())
                .that(codeField, domain.code(), DOMAIN_CODE.asMatchPredicate(), "instrument.domain.code.invalid")
                .requiredText(DomainDraft.field(index, "name"), domain.name(), InstrumentDomain.NAME_MAX)
                .required(DomainDraft.field(index, "type"), domain.type());
        if (!rules.hasProblemWith(codeField) && !codesSoFar.add(domain.code())) {
            rules.problem(codeField, "instrument.domain.code.duplicate", domain.code());
        }
        String min = DomainDraft.field(index, "scoreMin");
        String max = DomainDraft.field(index, "scoreMax");
        if (domain.type() == DomainValueType.SCORE) {
            range(rules, min, domain.scoreMin(), max, domain.scoreMax());
        } else if (domain.type() == DomainValueType.FLAG && (domain.scoreMin() != null || domain.scoreMax() != null)) {
            rules.problem(min, "instrument.domain.flag-range");
        }
    }

    private static void range(InputRules rules, String minField, @Nullable Integer min, String maxField,
            @Nullable Integer max) {
        rules.required(minField, min).required(maxField, max);
        if (min != null && max != null && min > max) {
            rules.problem(maxField, "instrument.range.reversed");
        }
    }
}
