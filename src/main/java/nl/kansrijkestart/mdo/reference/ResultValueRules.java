package nl.kansrijkestart.mdo.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Checks the values of one instrument result against its version: only whether the instrument can
 * produce them. It never rates a value, because the catalogue holds no cut-offs.
 */
final class ResultValueRules {

    private ResultValueRules() {}

    static List<FieldProblem> check(InstrumentVersionSummary version, Map<String, @Nullable Integer> values,
            @Nullable Integer total) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> known = version.domains().stream().map(DomainSummary::code).collect(Collectors.toSet());
        values.keySet().stream().filter(code -> !known.contains(code)).sorted().forEach(code -> problems.add(
                new FieldProblem(InstrumentCatalogue.domainField(code), "instrument.value.unknown-domain", code)));
        for (DomainSummary domain : version.domains()) {
            problem(domain, values.get(domain.code())).ifPresent(problems::add);
        }
        totalProblem(version.total(), total).ifPresent(problems::add);
        return List.copyOf(problems);
    }

    private static Optional<FieldProblem> problem(DomainSummary domain, @Nullable Integer value) {
        String field = InstrumentCatalogue.domainField(domain.code());
        if (value == null) {
            return Optional.of(new FieldProblem(field, "validation.required"));
        }
        if (domain.accepts(value)) {
            return Optional.empty();
        }
        ScoreRange range = domain.range();
        return Optional.of(range == null
                ? new FieldProblem(field, "instrument.value.flag")
                : new FieldProblem(field, "instrument.value.out-of-range", range.min(), range.max()));
    }

    private static Optional<FieldProblem> totalProblem(@Nullable ScoreRange range, @Nullable Integer total) {
        String field = InstrumentCatalogue.TOTAL_FIELD;
        if (range == null) {
            return total == null ? Optional.empty()
                    : Optional.of(new FieldProblem(field, "instrument.value.total-unexpected"));
        }
        if (total == null) {
            return Optional.of(new FieldProblem(field, "validation.required"));
        }
        return range.contains(total) ? Optional.empty()
                : Optional.of(new FieldProblem(field, "instrument.value.out-of-range", range.min(), range.max()));
    }
}
