package nl.kansrijkestart.mdo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in through the real security filter chain with the local accounts. */
@IntegrationTest
class SignInTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private UserAdminService admin;

    @Autowired
    private SignedIn signedIn;

    @Test
    void aDemoUserSignsInWithTheDocumentedPassword() throws Exception {
        mvc.perform(formLogin("/login").user("verloskundige").password("demo"))
                .andExpect(authenticated().withUsername("verloskundige").withRoles("PROFESSIONAL"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aUserWithSeveralRolesGetsThemAll() throws Exception {
        mvc.perform(formLogin("/login").user("voorzitter").password("demo"))
                .andExpect(authenticated().withRoles("CHAIR", "PROFESSIONAL"));
    }

    @Test
    void aWrongPasswordIsRefusedWithANeutralMessageOnTheLoginPage() throws Exception {
        mvc.perform(formLogin("/login").user("jgz").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De gebruikersnaam of het wachtwoord is onjuist. "
                        + "Na vijf mislukte pogingen wordt het account geblokkeerd.")));
    }

    @Test
    void anEmptyPasswordIsAskedFor() throws Exception {
        mvc.perform(formLogin("/login").user("jgz").password(""))
                .andExpect(unauthenticated())
                .andExpect(content().string(containsString("Vul uw wachtwoord in.")));
    }

    @Test
    void theLoginPageIsDutchWhateverTheBrowserAsksFor() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("<html lang=\"nl\">")))
                .andExpect(content().string(containsString("<label for=\"username\">Gebruikersnaam</label>")));
    }

    @Test
    void aUserNameTriedIsShownAgainOnlyAsText() throws Exception {
        mvc.perform(formLogin("/login").user("\"><script>alert(1)</script>").password("wrong"))
                .andExpect(content().string(containsString("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountUntilAnAdministratorResetsIt() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user("kraamzorg").password("guess" + attempt)).andExpect(unauthenticated());
        }
        MvcResult refused = mvc.perform(formLogin("/login").user("kraamzorg").password("demo"))
                .andExpect(unauthenticated())
                .andExpect(content().string(containsString("Dit account is tijdelijk geblokkeerd")))
                .andReturn();
        assertThat(refused.getRequest().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LockedException.class);

        signedIn.as("admin");
        try {
            UserSummary locked = admin.findUsers("kraamzorg", PageRequest.of(0, 5)).getFirst();
            assertThat(locked.locked()).isTrue();
            admin.resetPassword(locked.id(), locked.version(), "weer-toegang-2026");
        } finally {
            signedIn.nobody();
        }
        mvc.perform(formLogin("/login").user("kraamzorg").password("weer-toegang-2026")).andExpect(authenticated());
    }

    @Test
    void aLockedAccountIsRefusedWithTheReason() throws Exception {
        MvcResult refused = mvc.perform(formLogin("/login").user("geblokkeerd").password("demo"))
                .andExpect(unauthenticated())
                .andExpect(content().string(containsString(
                        "Dit account is geblokkeerd. Vraag de applicatiebeheerder het account te deblokkeren.")))
                .andReturn();
        assertThat(refused.getRequest().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void aDisabledAccountIsRefusedWithTheReason() throws Exception {
        MvcResult refused = mvc.perform(formLogin("/login").user("uitgeschakeld").password("demo"))
                .andExpect(unauthenticated())
                .andExpect(content().string(containsString(
                        "Dit account is uitgeschakeld. Neem contact op met de applicatiebeheerder.")))
                .andReturn();
        assertThat(refused.getRequest().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void aSuccessfulSignInIsRecorded() throws Exception {
        mvc.perform(formLogin("/login").user("mmw").password("demo")).andExpect(authenticated());
        signedIn.as("admin");
        try {
            assertThat(admin.findUsers("mmw", PageRequest.of(0, 5)))
                    .singleElement()
                    .satisfies(user -> assertThat(user.lastLoginAt()).isNotNull());
        } finally {
            signedIn.nobody();
        }
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        mvc.perform(logout()).andExpect(unauthenticated());
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/beheer/gebruikers")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theHealthEndpointIsPublicAndOtherActuatorEndpointsAreNot() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(result ->
                assertThat(result.getResponse().getStatus()).isNotEqualTo(200));
        mvc.perform(get("/actuator/beans")).andExpect(result ->
                assertThat(result.getResponse().getStatus()).isNotEqualTo(200));
    }
}
