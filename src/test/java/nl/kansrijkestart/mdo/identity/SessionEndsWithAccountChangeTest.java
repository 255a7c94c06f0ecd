package nl.kansrijkestart.mdo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.function.Supplier;
import nl.kansrijkestart.mdo.identity.ui.LoginPage;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A session already signed in ends at its next request once the application manager disables its
 * account or changes its roles; API credentials of a disabled account are refused at once, also
 * when they were verified a moment ago, and changed roles count at the next API request.
 */
@IntegrationTest
@Tag("database")
@TestPropertySource(properties = "mdo.test.context=session-ends-with-account-change")
class SessionEndsWithAccountChangeTest {

    private static final String PASSWORD = "een-lang-wachtwoord";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private UserAdminService users;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private CurrentUserService currentUser;

    @Autowired
    private SignedIn signedIn;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        signedIn.nobody();
    }

    @Test
    void aDisabledAccountsSessionEndsOnTheLoginPageAtItsNextRequest() throws Exception {
        UserSummary account = account("sessie.uit", Set.of(Role.PROFESSIONAL));
        MockHttpSession session = signIn("sessie.uit");
        mvc.perform(get("/favicon.ico").session(session)).andExpect(authenticated().withUsername("sessie.uit"));

        asAdmin(() -> users.setEnabled(account.id(), account.version(), false));

        MvcResult ended = mvc.perform(get("/favicon.ico").session(session))
                .andExpect(unauthenticated())
                .andExpect(cookie().value(LoginPage.SESSION_ENDED_COOKIE, LoginPage.SESSION_ENDED_DISABLED))
                .andReturn();
        assertThat(session.isInvalid()).as("the session is ended, not only refused").isTrue();
        mvc.perform(get("/login").cookie(ended.getResponse().getCookie(LoginPage.SESSION_ENDED_COOKIE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sessie beëindigd")))
                .andExpect(content().string(containsString("Uw account is uitgeschakeld")))
                .andExpect(cookie().maxAge(LoginPage.SESSION_ENDED_COOKIE, 0));
    }

    @Test
    void aRemovedRoleEndsTheSessionAndTheNextSignInHasOnlyTheRolesLeft() throws Exception {
        UserSummary account = account("sessie.rol", Set.of(Role.PROFESSIONAL, Role.CHAIR));
        MockHttpSession session = signIn("sessie.rol");

        asAdmin(() -> users.updateUser(account.id(), account.version(), draft(account, Set.of(Role.PROFESSIONAL))));

        mvc.perform(get("/favicon.ico").session(session))
                .andExpect(unauthenticated())
                .andExpect(cookie().value(LoginPage.SESSION_ENDED_COOKIE, LoginPage.SESSION_ENDED_CHANGED));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/login").cookie(new Cookie(LoginPage.SESSION_ENDED_COOKIE, LoginPage.SESSION_ENDED_CHANGED)))
                .andExpect(content().string(containsString("Uw sessie is beëindigd omdat de applicatiebeheerder")));
        mvc.perform(formLogin("/login").user("sessie.rol").password(PASSWORD))
                .andExpect(authenticated().withRoles("PROFESSIONAL"));
    }

    @Test
    void aRoleChangedOnAnotherNodeEndsTheSessionOnThisOneWithoutAnyMessageBetweenThem() throws Exception {
        account("sessie.knoop", Set.of(Role.PROFESSIONAL, Role.CHAIR));
        MockHttpSession session = signIn("sessie.knoop");

        // What the other node's change leaves in the shared database; no event reaches this node.
        jdbc.update("DELETE FROM user_role WHERE user_id = (SELECT id FROM user_account WHERE username = ?) "
                + "AND role = 'CHAIR'", "sessie.knoop");
        jdbc.update("UPDATE user_account SET access_stamp = access_stamp + 1 WHERE username = ?", "sessie.knoop");

        mvc.perform(get("/favicon.ico").session(session))
                .andExpect(unauthenticated())
                .andExpect(cookie().value(LoginPage.SESSION_ENDED_COOKIE, LoginPage.SESSION_ENDED_CHANGED));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aChangedDisplayNameLeavesTheSessionAlone() throws Exception {
        UserSummary account = account("sessie.naam", Set.of(Role.PROFESSIONAL));
        MockHttpSession session = signIn("sessie.naam");

        asAdmin(() -> users.updateUser(account.id(), account.version(), new UserDraft(account.username(),
                "Andere Naam", account.roles(), account.discipline(), account.organisationId())));

        mvc.perform(get("/favicon.ico").session(session))
                .andExpect(authenticated().withUsername("sessie.naam"))
                .andExpect(cookie().doesNotExist(LoginPage.SESSION_ENDED_COOKIE));
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void disabledApiCredentialsAreRefusedAtOnceEvenWhenJustVerified() throws Exception {
        UserSummary account = account("sessie.api", Set.of(Role.PROFESSIONAL));
        for (int request = 0; request < 2; request++) {
            mvc.perform(get("/api/v1/whoami").with(httpBasic("sessie.api", PASSWORD))).andExpect(status().isOk());
        }

        asAdmin(() -> users.setEnabled(account.id(), account.version(), false));

        mvc.perform(get("/api/v1/whoami").with(httpBasic("sessie.api", PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("api.unauthorized"));
    }

    @Test
    void changedRolesCountAtTheNextApiRequest() throws Exception {
        UserSummary account = account("sessie.apirol", Set.of(Role.PROFESSIONAL, Role.CHAIR));
        mvc.perform(get("/api/v1/whoami").with(httpBasic("sessie.apirol", PASSWORD)))
                .andExpect(jsonPath("$.roles.length()").value(2));

        asAdmin(() -> users.updateUser(account.id(), account.version(), draft(account, Set.of(Role.PROFESSIONAL))));

        mvc.perform(get("/api/v1/whoami").with(httpBasic("sessie.apirol", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles.length()").value(1))
                .andExpect(jsonPath("$.roles[0]").value("PROFESSIONAL"));
    }

    @Test
    void aDisabledAccountIsNoSignedInUserForTheServices() {
        UserSummary account = account("sessie.dienst", Set.of(Role.PROFESSIONAL));
        asAdmin(() -> users.setEnabled(account.id(), account.version(), false));

        signedIn.as("sessie.dienst");
        assertThatThrownBy(currentUser::require).isInstanceOf(DisabledException.class);
    }

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult signIn = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) signIn.getRequest().getSession(false);
    }

    private UserSummary account(String username, Set<Role> roles) {
        return asAdmin(() -> users.createUser(new UserDraft(username, "Sessie Test", roles, Discipline.MIDWIFE,
                organisations.organisations().getFirst().id()), PASSWORD));
    }

    private static UserDraft draft(UserSummary account, Set<Role> roles) {
        return new UserDraft(account.username(), account.displayName(), roles, account.discipline(),
                account.organisationId());
    }

    private <T> T asAdmin(Supplier<T> action) {
        signedIn.as("admin");
        try {
            return action.get();
        } finally {
            signedIn.nobody();
        }
    }
}
