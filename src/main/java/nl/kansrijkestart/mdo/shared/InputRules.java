package nl.kansrijkestart.mdo.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of one submitted form and throws them together, so the user sees every
 * field to correct at once rather than one per attempt.
 */
public final class InputRules {

    private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();

    public static InputRules check() {
        return new InputRules();
    }

    /** Trims and requires a value of at most {@code maxLength} characters. */
    public InputRules requiredText(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return problem(field, "validation.required");
        }
        return optionalText(field, value, maxLength);
    }

    public InputRules optionalText(String field, @Nullable String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            problem(field, "validation.too-long", maxLength);
        }
        return this;
    }

    public InputRules required(String field, @Nullable Object value) {
        return value == null ? problem(field, "validation.required") : this;
    }

    public <T> InputRules that(String field, @Nullable T value, Predicate<T> rule, String messageKey, Object... args) {
        if (value != null && !rule.test(value)) {
            problem(field, messageKey, args);
        }
        return this;
    }

    public InputRules problem(String field, String messageKey, Object... arguments) {
        problems.add(new InvalidInputException.FieldProblem(field, messageKey, arguments));
        return this;
    }

    public boolean hasProblemWith(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Blank text becomes {@code null}; other text is stripped. */
    public static @Nullable String normalise(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
