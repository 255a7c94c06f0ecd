package nl.kansrijkestart.mdo.api;

import nl.kansrijkestart.mdo.identity.SignInThrottledException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * A refused sign-in at the API: 429 with Retry-After when the caller's address has used up its
 * wrong passwords (telling a script to wait, not to try another password), 401 otherwise.
 */
@Component
class ApiSignInRefusals {

    private final ApiProblems problems;
    private final ProblemWriter writer;

    ApiSignInRefusals(ApiProblems problems, ProblemWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    AuthenticationEntryPoint entryPoint(String scheme) {
        AuthenticationEntryPoint unauthorized = problems.unauthorized(scheme);
        return (request, response, failure) -> {
            if (failure instanceof SignInThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfter().toSeconds()));
                writer.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.throttled");
                return;
            }
            unauthorized.commence(request, response, failure);
        };
    }
}
