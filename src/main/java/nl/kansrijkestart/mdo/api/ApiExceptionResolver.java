package nl.kansrijkestart.mdo.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What {@link ApiProblems} does not answer, under /api/ only: Spring's own refusals (unknown path
 * 404, wrong method 405 with Allow, wrong Accept 406, wrong Content-Type 415, other 4xx) and
 * unexpected errors (500 with a reference that is also in the server log, so a report can be
 * traced without showing the client a stack trace). Always problem+json, whatever was asked.
 */
@Component
class ApiExceptionResolver implements HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

    private final ProblemWriter writer;

    ApiExceptionResolver(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            @Nullable Object handler, Exception failure) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/") || response.isCommitted()) {
            return null;
        }
        try {
            writer.write(response, problem(request, response, failure));
            return new ModelAndView();
        } catch (IOException unwritable) {
            log.warn("Could not write the problem for {} {}", request.getMethod(), request.getRequestURI(), unwritable);
            return null;
        }
    }

    private ProblemDetail problem(HttpServletRequest request, HttpServletResponse response, Exception failure) {
        return switch (failure) {
            case NoResourceFoundException unknown -> writer.problem(request, HttpStatus.NOT_FOUND, "api.no-such-path");
            case NoHandlerFoundException unknown -> writer.problem(request, HttpStatus.NOT_FOUND, "api.no-such-path");
            case HttpRequestMethodNotSupportedException method -> {
                if (method.getSupportedHttpMethods() != null) {
                    response.setHeader(HttpHeaders.ALLOW, method.getSupportedHttpMethods().stream()
                            .map(HttpMethod::name).collect(Collectors.joining(", ")));
                }
                yield writer.problem(request, HttpStatus.METHOD_NOT_ALLOWED, "api.method-not-allowed", method.getMethod());
            }
            case HttpMediaTypeNotAcceptableException accept ->
                    writer.problem(request, HttpStatus.NOT_ACCEPTABLE, "api.not-acceptable");
            case HttpMediaTypeNotSupportedException contentType ->
                    writer.problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.unsupported-media-type");
            case ErrorResponse refusal when refusal.getStatusCode().is4xxClientError() -> {
                HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
                yield writer.problem(request, status, "api.bad-request");
            }
            default -> serverError(request, failure);
        };
    }

    private ProblemDetail serverError(HttpServletRequest request, Exception failure) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error {} at {} {}", reference, request.getMethod(), request.getRequestURI(), failure);
        ProblemDetail problem = writer.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "api.server-error", reference);
        problem.setProperty("reference", reference);
        return problem;
    }
}
