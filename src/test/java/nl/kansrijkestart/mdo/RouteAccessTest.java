package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

class RouteAccessTest {

    /**
     * Who may open each screen, by role (y: yes, -: no); the view's own checks (care team, meeting
     * participant, consent scope) come on top. A new route without a row fails the test naming it.
     * The service account has no column: it cannot sign in to the screens at all (SignInTest).
     */
    private static final String ROUTES = """
            | route                                    | anonymous | PROFESSIONAL | CHAIR | COORDINATOR | ADMIN |
            | geen-toegang                             | y         | y            | y     | y           | y     |
            |                                          | -         | y            | y     | y           | y     |
            | :address*                                | -         | y            | y     | y           | y     |
            | casussen                                 | -         | y            | -     | -           | -     |
            | casussen/nieuw                           | -         | y            | -     | -           | -     |
            | casussen/:caseNumber                     | -         | y            | -     | -           | -     |
            | casussen/:caseNumber/wegwijzer           | -         | y            | -     | -           | -     |
            | overleggen                               | -         | y            | y     | -           | -     |
            | overleggen/plannen                       | -         | -            | y     | -           | -     |
            | overleggen/:meetingId([0-9]{1,18})       | -         | y            | y     | -           | -     |
            | overleggen/casus/:caseNumber             | -         | y            | y     | -           | -     |
            | overleggen/aanmelden/:caseNumber         | -         | y            | -     | -           | -     |
            | acties                                   | -         | y            | y     | -           | -     |
            | wegwijzer                                | -         | y            | y     | y           | -     |
            | indicatoren                              | -         | -            | -     | y           | -     |
            | indicatoren/rapportages                  | -         | -            | -     | y           | -     |
            | indicatoren/rapportages/:editionId([0-9]{1,18}) | -  | -            | -     | y           | -     |
            | beheer/gebruikers                        | -         | -            | -     | -           | y     |
            | beheer/organisaties                      | -         | -            | -     | -           | y     |
            | beheer/logboek                           | -         | -            | -     | -           | y     |
            | beheer/regios                            | -         | -            | -     | -           | y     |
            | beheer/sociale-kaart                     | -         | -            | -     | -           | y     |
            | beheer/gemeenten                         | -         | -            | -     | -           | y     |
            | beheer/instrumenten                      | -         | -            | -     | -           | y     |
            """;

    private static final List<String> ROLES = List.of("PROFESSIONAL", "CHAIR", "COORDINATOR", "ADMIN");

    @Test
    void everyRouteOpensForExactlyTheRolesInTheTable() throws ClassNotFoundException {
        Map<String, String> expected = new TreeMap<>();
        List<String> lines = ROUTES.lines().filter(line -> line.startsWith("|")).toList();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = Arrays.stream(line.strip().substring(1, line.strip().length() - 1).split("\\|"))
                    .map(String::strip).toList();
            expected.put(cells.getFirst(), String.join(" ", cells.subList(1, cells.size())));
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, String> actual = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("nl.kansrijkestart.mdo")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            actual.put(view.getAnnotation(Route.class).value(), access(view));
        }
        List<String> problems = new ArrayList<>();
        actual.forEach((route, access) -> {
            if (!expected.containsKey(route)) {
                problems.add("no row for route '" + route + "' (opens for: " + access + ")");
            } else if (!expected.get(route).equals(access)) {
                problems.add("route '" + route + "' opens for " + access + ", the table says " + expected.get(route));
            }
        });
        expected.keySet().stream().filter(route -> !actual.containsKey(route))
                .forEach(route -> problems.add("row for a route that no longer exists: '" + route + "'"));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** anonymous and each role, y or -, as Vaadin's annotation check decides. */
    private static String access(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return "y y y y y";
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return "- y y y y";
        }
        List<String> allowed = view.isAnnotationPresent(RolesAllowed.class)
                ? List.of(view.getAnnotation(RolesAllowed.class).value()) : List.of();
        return "- " + ROLES.stream().map(role -> allowed.contains(role) ? "y" : "-").collect(Collectors.joining(" "));
    }

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
    void onlyTheNoAccessPageIsOpenToAnonymousVisitors() throws ClassNotFoundException {
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
        // The login page is no screen of the UI: it is written by the server, without a session (LoginPage).
        assertThat(anonymous).containsExactly("nl.kansrijkestart.mdo.identity.ui.NoAccessView");
    }
}
