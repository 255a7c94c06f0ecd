package nl.kansrijkestart.mdo.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * Browserless UI tests with Karibu: the real views, services and database, without a servlet
 * container. Karibu bypasses the Spring Security filter chain, so {@link #loginAs} puts the
 * user's real authentication (loaded like at sign-in) into the security context and the fake
 * request, where Vaadin's view access control looks for it.
 */
@IntegrationTest
public abstract class UiTest {

    private static Routes routes = new Routes();

    @Autowired
    private ApplicationContext context;

    @Autowired
    private SignedIn signedIn;

    @BeforeAll
    static void discoverRoutes() {
        if (routes.getRoutes().isEmpty()) {
            routes = new Routes().autoDiscoverViews("nl.kansrijkestart.mdo");
        }
    }

    /** Signs in as an existing account and opens a fresh UI. */
    protected void loginAs(String username) {
        openUi(signedIn.as(username));
    }

    /** Opens a fresh UI without signing in. */
    protected void openAnonymously() {
        signedIn.nobody();
        openUi(null);
    }

    private void openUi(@Nullable Authentication authentication) {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authentication != null
                    && authentication.getAuthorities().stream()
                            .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    /**
     * Where the page was told to send the browser to outside the UI (as the view access control
     * does with a visitor who has not signed in: to the login page, which is no view).
     */
    protected Optional<String> addressTheBrowserIsSentTo() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(invocation -> invocation.getExpression().contains("window.open")
                        || invocation.getExpression().contains("location"))
                .map(invocation -> String.valueOf(invocation.getParameters().getFirst()))
                .reduce((earlier, later) -> later);
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
        signedIn.nobody();
    }
}
