package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

class RouteAccessTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void everyRouteDeclaresWhoMayOpenIt() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> routes = scanner.findCandidateComponents("nl.kansrijkestart.mdo").stream()
                .map(BeanDefinition::getBeanClassName)
                .toList();
        assertThat(routes).isNotEmpty();
        for (String name : routes) {
            Class<?> view = Class.forName(name);
            assertThat(Stream.of(view.getAnnotations()).map(a -> a.annotationType()).filter(ACCESS::contains))
                    .as("access annotation on %s", name)
                    .hasSize(1);
        }
    }

    @Test
    void onlyTheLoginAndNoAccessPagesAreOpenToAnonymousVisitors() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> anonymous = scanner.findCandidateComponents("nl.kansrijkestart.mdo").stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(name -> {
                    try {
                        return Class.forName(name).isAnnotationPresent(AnonymousAllowed.class);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        // The no-access page is for a Keycloak sign-in this application refused: nobody is signed in then.
        assertThat(anonymous).containsExactlyInAnyOrder("nl.kansrijkestart.mdo.identity.ui.LoginView",
                "nl.kansrijkestart.mdo.identity.ui.NoAccessView");
    }
}
