package nl.kansrijkestart.mdo.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One generated request, built from a valid one and then mutated. {@code invalid} is set by the
 * mutations that certainly make it invalid: such a request must not be answered 2xx.
 */
final class FuzzRequest {

    final ApiOperations.Operation operation;
    final Map<String, String> path = new LinkedHashMap<>();
    final Map<String, String> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    @Nullable String body;
    String contentType = "application/json";
    String user;
    @Nullable String password;
    boolean invalid;
    String mutation = "none";

    FuzzRequest(ApiOperations.Operation operation, String user) {
        this.operation = operation;
        this.user = user;
    }

    /** With {@code signedIn} the request carries an already verified sign-in (no password hash per request). */
    MockHttpServletRequestBuilder build(@Nullable Authentication signedIn) {
        String uri = operation.path();
        for (Map.Entry<String, String> parameter : path.entrySet()) {
            uri = uri.replace("{" + parameter.getKey() + "}", encode(parameter.getValue()));
        }
        StringBuilder parameters = new StringBuilder();
        query.forEach((name, value) -> parameters.append(parameters.isEmpty() ? "?" : "&").append(name).append('=')
                .append(encode(value)));
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(
                HttpMethod.valueOf(operation.method().toUpperCase()), URI.create(uri + parameters));
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(contentType).content(body);
        }
        return password != null || signedIn == null ? request.with(httpBasic(user, password == null ? "demo" : password))
                : request.with(SecurityMockMvcRequestPostProcessors.authentication(signedIn));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return operation + " " + path + " " + query + " " + headers + " as " + user + " [" + mutation + "] "
                + (body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}
