package nl.kansrijkestart.mdo.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.shared.audit.RefusedByRole;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Refusals by role in the access log (NEN 7513 wants refused attempts, too): a service method or
 * address the signed-in user's roles do not allow (Spring Security's authorization events, see
 * {@code SecurityConfiguration#authorizationEvents}) and a screen they may not open
 * ({@link RefusedByRole}). One entry per refused request: a request that is refused at several
 * layers (say the screen and then the service behind it) is logged once. Visitors who are not
 * signed in are not logged here: they get the sign-in page or a 401, and sign-ins are logged as such.
 */
@Component
class RefusalLog {

    private static final String LOGGED = RefusalLog.class.getName() + ".logged";
    private static final List<String> ROLE_CHECK = List.of("role");

    private final ApplicationEventPublisher events;
    private final CurrentUserService users;
    private final Clock clock;

    RefusalLog(ApplicationEventPublisher events, CurrentUserService users, Clock clock) {
        this.events = events;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> refusal) {
        Authentication who = refusal.getAuthentication().get();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            return;
        }
        Object target = refusal.getSource();
        switch (target) {
            case MethodInvocation call -> log(who, describe(call.getMethod()), caseNumberOf(call),
                    actionOf(call.getMethod().getName()));
            case RequestAuthorizationContext context -> log(who, describe(context.getRequest()), null,
                    actionOf(context.getRequest()));
            case HttpServletRequest request -> log(who, describe(request), null, actionOf(request));
            default -> log(who, target.getClass().getSimpleName(), null, AuditAction.READ);
        }
    }

    @EventListener
    void refused(RefusedByRole refusal) {
        users.signedIn().ifPresent(user -> publishOnce(user.asActor(), "screen " + refusal.target(), null,
                refusal.action()));
    }

    private void log(Authentication who, String target, @Nullable String caseNumber, AuditAction action) {
        Supplier<AuditActor> actor = () -> users.signedIn().map(user -> user.asActor())
                .orElseGet(() -> AuditActor.unknown(who.getName()));
        publishOnce(actor.get(), target, caseNumber, action);
    }

    private void publishOnce(AuditActor actor, String target, @Nullable String caseNumber, AuditAction action) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            if (request.getAttribute(LOGGED, RequestAttributes.SCOPE_REQUEST) != null) {
                return;
            }
            request.setAttribute(LOGGED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
        events.publishEvent(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor, null, caseNumber,
                action, "access", AuditOutcome.DENIED, ROLE_CHECK, "refused by role: " + target));
    }

    private static String describe(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private static String describe(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }

    /** The case asked for, when the refused method names it: so the case's own log shows the attempt. */
    private static @Nullable String caseNumberOf(MethodInvocation call) {
        Parameter[] parameters = call.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].getName().equals("caseNumber") && call.getArguments()[i] instanceof String number) {
                return number;
            }
        }
        return null;
    }

    private static AuditAction actionOf(String methodName) {
        String name = methodName.toLowerCase(Locale.ROOT);
        if (name.startsWith("export") || name.startsWith("download")) {
            return AuditAction.EXPORT;
        }
        boolean reads = List.of("open", "find", "read", "get", "list", "count", "my", "search", "show", "view")
                .stream().anyMatch(name::startsWith);
        return reads ? AuditAction.READ : AuditAction.UPDATE;
    }

    private static AuditAction actionOf(HttpServletRequest request) {
        return switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> AuditAction.READ;
            case "DELETE" -> AuditAction.DELETE;
            case "POST" -> AuditAction.CREATE;
            default -> AuditAction.UPDATE;
        };
    }
}
