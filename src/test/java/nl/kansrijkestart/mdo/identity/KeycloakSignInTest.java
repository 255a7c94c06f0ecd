package nl.kansrijkestart.mdo.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.kansrijkestart.mdo.testing.KeycloakTest.APP;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import nl.kansrijkestart.mdo.identity.internal.UserAccount;
import nl.kansrijkestart.mdo.identity.internal.UserAccountRepository;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.Browser;
import nl.kansrijkestart.mdo.testing.KeycloakServer;
import nl.kansrijkestart.mdo.testing.KeycloakTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-in, refusal and logout through the real authorization-code flow, in a headless Chromium. */
@KeycloakTest
class KeycloakSignInTest {

    private static Browser browser;

    @Autowired
    private UserAccountRepository users;

    @Autowired
    private AdjustableClock clock;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aMidwifeSignsInAtKeycloakSeesTheCaseScreensAndGetsAnAccountWithHerMunicipalitiesAndPhoneFromHerToken() {
        Page page = signIn("verloskundige");

        assertThat(page.locator("#current-user")).hasText("Marieke de Vries");
        assertThat(page.locator("#main-menu")).containsText("Mijn casussen");
        assertThat(page.locator("#main-menu")).not().containsText("Gebruikers");
        UserAccount account = users.findByUsername("verloskundige").orElseThrow();
        assertThat(account.getRoles()).containsExactly(Role.PROFESSIONAL);
        assertThat(account.getDiscipline()).isEqualTo(Discipline.MIDWIFE);
        assertThat(account.getOrganisation().getName()).isEqualTo("Verloskundigenpraktijk De Wieg (demo)");
        assertThat(account.getPasswordHash()).isNull();
        assertThat(account.getLastLoginAt()).isNotNull();
        assertThat(account.getMunicipalityScope()).containsExactly("GM0202");
        assertThat(account.getWorkPhone()).as("from her token's phone_number claim").isEqualTo("026 000 4103");
    }

    @Test
    void anAdministratorSeesTheAdministrationButNoCases() {
        Page page = signIn("admin");

        assertThat(page.locator("#current-user")).hasText("Anna Beheer");
        assertThat(page.locator("#main-menu")).containsText("Gebruikers");
        assertThat(page.locator("#main-menu")).containsText("Logboek");
        assertThat(page.locator("#main-menu")).not().containsText("Mijn casussen");
    }

    @Test
    void theLocalLoginPageSendsTheBrowserOnToKeycloakInsteadOfShowingAPasswordForm() {
        Page page = browser.newPage();
        page.navigate(APP + "/login");

        page.waitForURL(url -> url.startsWith(KeycloakServer.ISSUER));
        assertThat(page.locator("#kc-login")).isVisible();
    }

    @Test
    void anAdministratorCanDisableAnAccountButNotChangeWhatKeycloakOwns() {
        Page page = signIn("admin");
        page.navigate(APP + "/beheer/gebruikers");

        assertThat(page.locator("#accounts-in-keycloak")).containsText("beheerd in Keycloak");
        assertThat(page.locator("#new-user")).hasCount(0);
        page.locator("#users").getByText("Anna Beheer").click();
        assertThat(page.locator("#toggle-enabled")).isVisible();
        assertThat(page.locator("#reset-password")).hasCount(0);
        assertThat(page.locator("#save-user")).hasCount(0);
    }

    @Test
    void someoneWithoutAnApplicationRoleGetsTheNoAccessPageAndIsSignedOutOfKeycloak() {
        Page page = signIn("zonderrol");

        assertThat(page).hasURL(APP + "/geen-toegang");
        assertThat(page.locator("#no-access")).hasText("Geen toegang");
        assertThat(page.getByText("geen rol in MDO Kansrijke Start")).isVisible();
        assertThat(users.findByUsername("zonderrol")).isEmpty();

        page.locator("#sign-in-again").click();
        assertThat(page.locator("#username")).isVisible();
    }

    @Test
    void aSignInThatFailsEndsOnTheNoAccessPageWithItsOwnExplanation() {
        Page page = browser.newPage();
        page.navigate(APP + "/login/oauth2/code/keycloak?code=forged&state=unknown");

        assertThat(page).hasURL(APP + "/geen-toegang?mislukt");
        assertThat(page.getByText("Het inloggen via Keycloak is niet gelukt")).isVisible();
    }

    @Test
    void loggingOutEndsTheKeycloakSessionSoTheNextVisitAsksForThePasswordAgain() {
        Page page = signIn("jgz");
        assertThat(page.locator("#current-user")).hasText("Joost Jansen");

        page.locator("#logout").click();
        assertThat(page.locator("#username")).isVisible();

        page.navigate(APP);
        assertThat(page.locator("#username")).isVisible();
        assertThat(page.url()).startsWith(KeycloakServer.ISSUER);
    }

    @Test
    void someoneDisabledInKeycloakLosesHerSessionOnceHerTokenExpiresWhileOthersAreRenewedUnnoticed() {
        Page disabledThere = signIn("kinderarts");
        Page stillEnabled = signIn("psychiater");
        assertThat(disabledThere.locator("#current-user")).hasText("Ahmed Benali");
        // Neither page keeps an application page open: its own requests (heartbeat, reconnect) after
        // the clock's jump would reload it on their own and abort the navigation below. The sign-ins
        // stay in the pages' browser contexts.
        disabledThere.navigate("about:blank");
        stillEnabled.navigate("about:blank");
        KeycloakServer.setEnabled("kinderarts", false);
        try {
            // Past the realm's five-minute access tokens: the next request renews them at Keycloak.
            clock.runAhead(Duration.ofMinutes(6));

            disabledThere.navigate(APP + "/casussen");
            disabledThere.waitForURL(url -> url.startsWith(KeycloakServer.ISSUER));

            stillEnabled.navigate(APP + "/casussen");
            assertThat(stillEnabled).hasURL(APP + "/casussen");
            assertThat(stillEnabled.locator("#current-user")).hasText("Lotte Visser");
        } finally {
            KeycloakServer.setEnabled("kinderarts", true);
        }
    }

    /** Opens the application, which sends the browser to Keycloak's sign-in form. */
    private static Page signIn(String username) {
        Page page = browser.newPage();
        page.navigate(APP);
        assertThat(page.url()).startsWith(KeycloakServer.ISSUER);
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(APP));
        return page;
    }
}
