package nl.kansrijkestart.mdo.shared;

import java.util.List;

/**
 * Input a service refuses. Each problem names the field and a message key from the resource
 * bundles, so a form can show the translated message next to the field the user has to correct.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String describe(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList().toString();
    }

    /** One refused field; {@code arguments} fill the placeholders of the message. */
    public record FieldProblem(String field, String messageKey, Object... arguments) {}
}
