package nl.kansrijkestart.mdo.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import nl.kansrijkestart.mdo.meetings.SubmissionRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one answer to a submission that may not be made (unknown meeting, not invited, unknown case,
 * not on the care team): the same status and body for each, so meeting and case ids cannot be probed.
 */
@RestControllerAdvice(basePackageClasses = SubmissionProblems.class)
class SubmissionProblems {

    private static final URI INSTANCE = URI.create("urn:mdo:agenda-submission-refused");

    private final MessageSource messages;

    SubmissionProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SubmissionRefusedException.class)
    ProblemDetail refused(SubmissionRefusedException refused, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("api.submission-refused", null, ApiProblems.locale(request)));
        problem.setTitle(messages.getMessage("api.submission-refused.title", null, ApiProblems.locale(request)));
        problem.setProperty("code", "api.submission-refused");
        // Not the request path (which holds the meeting id): the body is the same for every refusal.
        problem.setInstance(INSTANCE);
        return problem;
    }
}
