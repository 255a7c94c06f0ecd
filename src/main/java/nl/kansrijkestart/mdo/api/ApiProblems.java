package nl.kansrijkestart.mdo.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.meetings.MeetingNotFoundException;
import nl.kansrijkestart.mdo.meetings.MeetingStateException;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.MessageKey;
import nl.kansrijkestart.mdo.shared.i18n.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal of the API as an RFC 9457 problem with a Dutch (or English, per Accept-Language)
 * reason and, for input, the field it is about. Never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    private static final String UNKNOWN_AGENDA_ITEM = "agenda.validation.unknown-item";
    private static final String UNKNOWN_REFERRAL = "referral.unknown";

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException refused, HttpServletRequest request) {
        if (refused.problems().stream().allMatch(p -> p.messageKey().equals(UNKNOWN_AGENDA_ITEM))) {
            return meetingNotFound(request);
        }
        if (refused.problems().stream().allMatch(p -> p.messageKey().equals(UNKNOWN_REFERRAL))) {
            return problem(HttpStatus.NOT_FOUND, "api.referral-not-found", locale(request));
        }
        return withErrors(problem(HttpStatus.BAD_REQUEST, "api.invalid-input", locale(request)), refused, request);
    }

    /** Not started, already running, in the past or closed: the request is fine, the meeting is not ready for it. */
    @ExceptionHandler(MeetingStateException.class)
    ProblemDetail meetingState(MeetingStateException refused, HttpServletRequest request) {
        return withErrors(problem(HttpStatus.CONFLICT, "api.meeting-state", locale(request)), refused, request);
    }

    /**
     * An unknown agenda item is answered like a meeting the caller may not see, so probing item
     * numbers tells nothing about other people's meetings.
     */
    @ExceptionHandler(MeetingNotFoundException.class)
    ProblemDetail meetingNotFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "api.meeting-not-found", locale(request));
    }

    @ExceptionHandler(ReferenceApi.ReferenceNotFoundException.class)
    ProblemDetail referenceNotFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "api.reference-not-found", locale(request));
    }

    /** An edition outside the caller's scope is answered like one that does not exist. */
    @ExceptionHandler(nl.kansrijkestart.mdo.indicators.report.ReportEditionNotFoundException.class)
    ProblemDetail reportNotFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "api.report-not-found", locale(request));
    }

        @ExceptionHandler(ETags.VersionRequired.class)
    ProblemDetail versionRequired(HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "api.version-or-none-required", locale(request));
    }

    private ProblemDetail withErrors(ProblemDetail problem, InvalidInputException refused, HttpServletRequest request) {
        Locale locale = locale(request);
        problem.setProperty("errors", refused.problems().stream()
                .map(p -> Map.of("field", p.field(), "code", p.messageKey(),
                        "message", text(p.messageKey(), locale, p.arguments())))
                .toList());
        return problem;
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException missing, HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "api.if-match-required", locale(request));
    }

    @ExceptionHandler(CaseNotAccessibleException.class)
    ProblemDetail notAccessible(CaseNotAccessibleException refused, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "api.case-not-found", locale(request));
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail concurrent(ConcurrentChangeException refused, HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_FAILED, "api.changed", locale(request), refused.changedBy());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException refused, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "api.forbidden", locale(request));
    }

    /** 401 with the challenge of the sign-in scheme in use ("Basic" locally, "Bearer" with Keycloak). */
    AuthenticationEntryPoint unauthorized(String scheme) {
        return (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, scheme + " realm=\"MDO Kansrijke Start\"");
            write(response, problem(HttpStatus.UNAUTHORIZED, "api.unauthorized", locale(request)));
        };
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        write(response, problem(HttpStatus.FORBIDDEN, "api.forbidden", locale(request)));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key, locale, arguments));
        problem.setTitle(text(key + ".title", locale));
        problem.setProperty("code", key);
        return problem;
    }

    private String text(String key, Locale locale, Object... arguments) {
        Object[] shown = Arrays.stream(arguments)
                .map(argument -> argument instanceof MessageKey nested
                        ? messages.getMessage(nested.key(), null, locale) : argument)
                .toArray();
        return messages.getMessage(key, shown, locale);
    }

    /** Dutch unless the client asks for a language we offer. */
    static Locale locale(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? Languages.DUTCH : Languages.supportedOrDefault(request.getLocale());
    }
}
