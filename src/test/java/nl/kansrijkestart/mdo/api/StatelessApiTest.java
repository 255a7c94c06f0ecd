package nl.kansrijkestart.mdo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kansrijkestart.mdo.audit.AuditLogService;
import nl.kansrijkestart.mdo.audit.AuditQuery;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.identity.OrganisationService;
import nl.kansrijkestart.mdo.identity.Role;
import nl.kansrijkestart.mdo.identity.UserAdminService;
import nl.kansrijkestart.mdo.identity.UserDraft;
import nl.kansrijkestart.mdo.identity.UserSummary;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The API keeps no state between requests and does not write the account per request: parallel
 * requests of one account all get their data, and its sign-in is logged once, not per request.
 */
@IntegrationTest
@Tag("database")
class StatelessApiTest {

    private static final String PASSWORD = "parallel-en-staatloos";

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
    void parallelRequestsOfOneAccountAllGetTheirDataWithoutASessionOrCookie() throws Exception {
        account("api.parallel");
        List<MvcResult> results = parallel(16, 4, "api.parallel", PASSWORD);

        assertThat(results).hasSize(64).allSatisfy(result -> {
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
            assertThat(result.getRequest().getSession(false)).isNull();
        });
    }

    @Test
    void manyRequestsWithTheSameCredentialsAreOneSignInInTheAccessLog() throws Exception {
        account("api.eenmaal");
        parallel(1, 5, "api.eenmaal", PASSWORD);

        signedIn.as("admin");
        try {
            assertThat(auditLog.find(new AuditQuery(null, "api.eenmaal", AuditAction.LOGIN, null, null, null),
                    PageRequest.of(0, 10))).hasSize(1);
        } finally {
            signedIn.nobody();
        }
    }

    @Test
    void aRememberedPasswordStopsWorkingAtOnceWhenTheAdministratorChangesItOrDisablesTheAccount() throws Exception {
        UserSummary account = account("api.wissel");
        assertThat(status("api.wissel", PASSWORD)).isEqualTo(200);

        signedIn.as("admin");
        try {
            account = users.resetPassword(account.id(), account.version(), "een-nieuw-wachtwoord");
        } finally {
            signedIn.nobody();
        }
        assertThat(status("api.wissel", PASSWORD)).isEqualTo(401);
        assertThat(status("api.wissel", "een-nieuw-wachtwoord")).isEqualTo(200);

        signedIn.as("admin");
        try {
            users.setEnabled(account.id(), account.version(), false);
        } finally {
            signedIn.nobody();
        }
        assertThat(status("api.wissel", "een-nieuw-wachtwoord")).isEqualTo(401);
    }

    private int status(String username, String password) throws Exception {
        return mvc.perform(get("/api/v1/meetings").with(httpBasic(username, password))).andReturn()
                .getResponse().getStatus();
    }

    private List<MvcResult> parallel(int clients, int requestsEach, String username, String password)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<MvcResult>>> work = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                work.add(pool.submit(() -> {
                    start.await();
                    List<MvcResult> mine = new ArrayList<>();
                    for (int request = 0; request < requestsEach; request++) {
                        mine.add(mvc.perform(get("/api/v1/meetings").with(httpBasic(username, password))).andReturn());
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<MvcResult> all = new ArrayList<>();
            for (Future<List<MvcResult>> client : work) {
                all.addAll(client.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private UserSummary account(String username) {
        signedIn.as("admin");
        try {
            long organisation = organisations.organisations().getFirst().id();
            return users.createUser(new UserDraft(username, "Staatloos Test", Set.of(Role.PROFESSIONAL),
                    Discipline.MIDWIFE, organisation), PASSWORD);
        } finally {
            signedIn.nobody();
        }
    }
}
