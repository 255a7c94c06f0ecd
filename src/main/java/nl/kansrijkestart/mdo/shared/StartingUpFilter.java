package nl.kansrijkestart.mdo.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web server listens before the start-up work is done (Spring Boot runs the demo data, among
 * others, after it opened the port). Until the application reports itself ready, every request
 * except the health probes is answered 503 with Retry-After, so nobody signs in to an application
 * whose data is still being written; /actuator/health/readiness says OUT_OF_SERVICE meanwhile.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingUpFilter extends OncePerRequestFilter {

    private final ObjectProvider<ApplicationAvailability> availability;
    private final MessageSource messages;
    private volatile boolean ready;

    StartingUpFilter(ObjectProvider<ApplicationAvailability> availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready() || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        // Dutch unless the client asks for English (without the header the servlet falls back to the JVM's locale).
        boolean english = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null
                && request.getLocale().getLanguage().equals("en");
        Locale locale = english ? Locale.ENGLISH : Locale.of("nl");
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write(messages.getMessage("startup.not-ready", null, locale));
    }

    /** Once ready, stays ready for this filter: a later readiness change is the load balancer's business. */
    private boolean ready() {
        if (!ready) {
            ApplicationAvailability state = availability.getIfAvailable();
            ready = state == null || state.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
        }
        return ready;
    }
}
