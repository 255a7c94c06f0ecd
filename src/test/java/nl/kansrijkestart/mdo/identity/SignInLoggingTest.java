package nl.kansrijkestart.mdo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.audit.AuditEntryView;
import nl.kansrijkestart.mdo.audit.AuditLogService;
import nl.kansrijkestart.mdo.audit.AuditQuery;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every sign-in attempt through the real security filter chain ends up in the access log. */
@IntegrationTest
class SignInLoggingTest {

    private static final String PASSWORD = "inloggen-wordt-gelogd";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private UserAdminService users;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private AuditLogService auditLog;

    @Autowired
    private SignedIn signedIn;

    @Test
    void aSuccessfulSignInIsLoggedWithTheUsersRolesDisciplineAndOrganisation() throws Exception {
        account("log.geslaagd");
        mvc.perform(formLogin("/login").user("log.geslaagd").password(PASSWORD)).andExpect(authenticated());

        assertThat(signInsOf("log.geslaagd")).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(entry.object()).isEqualTo("session");
            assertThat(entry.roles()).isEqualTo("CHAIR,PROFESSIONAL");
            assertThat(entry.discipline()).isEqualTo("JGZ");
            assertThat(entry.organisation()).isEqualTo("JGZ Gelderland-Midden (demo)");
            assertThat(entry.occurredAt().getNano()).as("to the second").isZero();
        });
    }

    @Test
    void aSignOutIsLogged() throws Exception {
        account("log.afgemeld");
        MvcResult signedInSession = mvc.perform(formLogin("/login").user("log.afgemeld").password(PASSWORD))
                .andExpect(authenticated()).andReturn();
        mvc.perform(post("/logout").with(csrf()).session((MockHttpSession) signedInSession.getRequest().getSession()))
                .andExpect(unauthenticated());

        signedIn.as("admin");
        try {
            assertThat(auditLog.find(new AuditQuery(null, "log.afgemeld", AuditAction.LOGOUT, null, null, null),
                    PageRequest.of(0, 10))).singleElement().satisfies(entry -> {
                        assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
                        assertThat(entry.discipline()).isEqualTo("JGZ");
                    });
        } finally {
            signedIn.nobody();
        }
    }

    @Test
    void aWrongPasswordIsLoggedAsFailed() throws Exception {
        account("log.fout");
        mvc.perform(formLogin("/login").user("Log.Fout").password("geraden")).andExpect(unauthenticated());

        assertThat(signInsOf("log.fout")).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(entry.roles()).isEqualTo("CHAIR,PROFESSIONAL");
            assertThat(entry.detail()).isEqualTo("wrong user name or password");
        });
    }

    @Test
    void anUnknownUserNameIsLoggedAsFailedWithoutAccountDetails() throws Exception {
        mvc.perform(formLogin("/login").user("log.onbekend").password("geraden")).andExpect(unauthenticated());

        assertThat(signInsOf("log.onbekend")).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(entry.roles()).isEmpty();
            assertThat(entry.organisation()).isNull();
        });
    }

    @Test
    void aDisabledAccountIsLoggedAsDeniedEvenWithTheRightPassword() throws Exception {
        UserSummary account = account("log.uit");
        signedIn.as("admin");
        users.setEnabled(account.id(), account.version(), false);
        signedIn.nobody();
        mvc.perform(formLogin("/login").user("log.uit").password(PASSWORD)).andExpect(unauthenticated());

        assertThat(signInsOf("log.uit")).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(entry.detail()).isEqualTo("account disabled");
        });
    }

    @Test
    void theWrongPasswordThatLocksTheAccountAndLaterAttemptsOnTheLockedAccountAreLogged() throws Exception {
        account("log.slot");
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user("log.slot").password("gok" + attempt)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("log.slot").password(PASSWORD)).andExpect(unauthenticated());

        assertThat(signInsOf("log.slot")).extracting(AuditEntryView::outcome, AuditEntryView::detail).startsWith(
                tuple(AuditOutcome.DENIED, "account locked"),
                tuple(AuditOutcome.FAILED, "wrong password; account locked"),
                tuple(AuditOutcome.FAILED, "wrong user name or password"));
    }

    private UserSummary account(String username) {
        signedIn.as("admin");
        try {
            long organisation = organisations.organisations().stream()
                    .filter(candidate -> candidate.name().equals("JGZ Gelderland-Midden (demo)"))
                    .findFirst().orElseThrow().id();
            return users.createUser(new UserDraft(username, "Log Test", Set.of(Role.CHAIR, Role.PROFESSIONAL),
                    Discipline.JGZ, organisation), PASSWORD);
        } finally {
            signedIn.nobody();
        }
    }

    private List<AuditEntryView> signInsOf(String username) {
        signedIn.as("admin");
        try {
            return auditLog.find(new AuditQuery(null, username, AuditAction.LOGIN, null, null, null),
                    PageRequest.of(0, 10));
        } finally {
            signedIn.nobody();
        }
    }
}
