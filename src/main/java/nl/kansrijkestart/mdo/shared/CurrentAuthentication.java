package nl.kansrijkestart.mdo.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, read through this application context's {@link SecurityContextHolderStrategy}
 * (Vaadin installs one that also knows the UI session), the same holder method security uses,
 * rather than the JVM-wide static holder.
 */
@Component
public class CurrentAuthentication {

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;
    /** The context's holder once found: looking it up in the bean factory at every call costs more than the call. */
    private volatile @Nullable SecurityContextHolderStrategy found;

    CurrentAuthentication(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    /** The signed-in user's authentication; empty for nobody or an anonymous visitor. */
    public Optional<Authentication> current() {
        Authentication authentication = holder().getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }

    public Optional<String> username() {
        return current().map(Authentication::getName);
    }

    /** Whether the signed-in user holds {@code role} (without the ROLE_ prefix). */
    public boolean hasRole(String role) {
        return current().stream().flatMap(a -> a.getAuthorities().stream())
                .anyMatch(granted -> ("ROLE_" + role).equals(granted.getAuthority()));
    }

    /**
     * Runs {@code action} as {@code who} (nobody when null) through this context's holder and puts
     * back whatever was there before, also when the action fails.
     */
    public <T> T runAs(@Nullable Authentication who, Supplier<T> action) {
        SecurityContextHolderStrategy holder = holder();
        SecurityContext previous = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(who);
        holder.setContext(context);
        try {
            return action.get();
        } finally {
            holder.setContext(previous);
        }
    }

    /**
     * The context's own holder, looked up once; without one (no such bean), the JVM-wide holder's
     * current strategy, asked every time as it may be replaced.
     */
    public SecurityContextHolderStrategy holder() {
        SecurityContextHolderStrategy known = found;
        if (known != null) {
            return known;
        }
        SecurityContextHolderStrategy bean = strategy.getIfAvailable();
        if (bean == null) {
            return SecurityContextHolder.getContextHolderStrategy();
        }
        found = bean;
        return bean;
    }
}
