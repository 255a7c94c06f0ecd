package nl.kansrijkestart.mdo.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight into the response, with the Dutch (or English) title and
 * detail of a message key, for answers given outside a controller (security filters, requests no
 * controller takes). It writes whatever the client's Accept header says: a problem is always JSON.
 */
@Component
class ProblemWriter {

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemWriter(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    ProblemDetail problem(HttpServletRequest request, HttpStatus status, String key, Object... arguments) {
        var locale = ApiProblems.locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, arguments, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        problem.setProperty("code", key);
        return problem;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
            Object... arguments) throws IOException {
        write(response, problem(request, status, key, arguments));
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
