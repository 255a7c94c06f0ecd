package nl.kansrijkestart.mdo.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.shared.NoSuchVersionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Refusals of input the API could not read, and of writes that lost a race: a body or parameter
 * that is not what the API describes answers 400 naming the field and why; a write on a record that
 * another request changed in the meantime answers 412 (or 409 when the database gave up waiting),
 * never a server error. Nothing was stored in either case: the transaction was rolled back.
 */
@RestControllerAdvice(basePackageClasses = ApiInputProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiInputProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiInputProblems.class);

    private final MessageSource messages;

    ApiInputProblems(MessageSource messages) {
        this.messages = messages;
    }

    @InitBinder
    void plainNumbers(WebDataBinder binder) {
        PlainNumber.registerWith(binder);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        Locale locale = ApiProblems.locale(request);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.unreadable", locale);
        if (unreadable.getCause() instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName() : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
            problem.setProperty("errors", List.of(error(field, mapping, locale)));
        }
        return problem;
    }

    /** A path id or query parameter that is not of its type: {@code 0x1}, {@code +1}, {@code ١}, {@code abc}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongParameter(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        Locale locale = ApiProblems.locale(request);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.unreadable", locale);
        String key = reasonFor(mismatch.getRequiredType());
        problem.setProperty("errors", List.of(Map.of("field", mismatch.getName(), "code", key,
                "message", text(key, locale, arguments(key, mismatch.getRequiredType())))));
        return problem;
    }

    /**
     * Two writes on the same version: the version check of the service let both through and the
     * database's optimistic lock refused the later one at flush or commit.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail lostRace(OptimisticLockingFailureException conflict, HttpServletRequest request) {
        log.info("Version conflict on {} {}: {}", request.getMethod(), request.getRequestURI(), conflict.getMessage());
        return problem(HttpStatus.PRECONDITION_FAILED, "api.changed-meanwhile", ApiProblems.locale(request));
    }

    /** If-Match on a first outcome or note: there is no version to match (If-None-Match: * says so). */
    @ExceptionHandler(NoSuchVersionException.class)
    ProblemDetail noSuchVersion(NoSuchVersionException refused, HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_FAILED, "api.no-such-version", ApiProblems.locale(request));
    }

    /**
     * A lock wait or deadlock, or a concurrent insert of the same unique row: retrying will tell.
     * Other integrity violations are not a race but a gap in validation, and stay server errors.
     */
    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    ProblemDetail busy(RuntimeException conflict, HttpServletRequest request) {
        log.info("Concurrent write refused on {} {}: {}", request.getMethod(), request.getRequestURI(),
                conflict.getMessage());
        return problem(HttpStatus.CONFLICT, "api.concurrent-write", ApiProblems.locale(request));
    }

    private Map<String, String> error(String field, DatabindException mapping, Locale locale) {
        String key;
        Class<?> target = null;
        if (mapping instanceof UnrecognizedPropertyException) {
            key = "api.field.unknown";
        } else if (mapping instanceof InvalidNullException) {
            key = "api.field.null";
        } else if (mapping instanceof MismatchedInputException mismatch) {
            target = mismatch.getTargetType();
            key = reasonFor(target);
        } else {
            key = "api.field-unreadable";
        }
        return Map.of("field", field, "code", key, "message", text(key, locale, arguments(key, target)));
    }

    private static String reasonFor(@Nullable Class<?> target) {
        if (target == null) {
            return "api.field-unreadable";
        } else if (target.isEnum()) {
            return "api.field.choice";
        } else if (target == LocalDate.class) {
            return "api.field.date";
        } else if (target == LocalTime.class) {
            return "api.field.time";
        } else if (target == Long.class || target == long.class || target == Integer.class || target == int.class) {
            return "api.field.whole-number";
        } else if (target == Boolean.class || target == boolean.class) {
            return "api.field.boolean";
        } else if (target == String.class) {
            return "api.field.text";
        } else if (Collection.class.isAssignableFrom(target)) {
            return "api.field.list";
        }
        return "api.field-unreadable";
    }

    private static Object[] arguments(String key, @Nullable Class<?> target) {
        if (key.equals("api.field.choice") && target != null) {
            return new Object[] {Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "))};
        }
        if (key.equals("api.field.date")) {
            return new Object[] {StrictJsonConfiguration.FIRST_DATE.toString(),
                StrictJsonConfiguration.LAST_DATE.toString()};
        }
        return new Object[0];
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key, locale));
        problem.setTitle(text(key + ".title", locale));
        problem.setProperty("code", key);
        return problem;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
