package nl.kansrijkestart.mdo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kansrijkestart.mdo.audit.AuditEntryView;
import nl.kansrijkestart.mdo.audit.AuditLogService;
import nl.kansrijkestart.mdo.audit.AuditQuery;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Wrong passwords lock an account for a while, also against parallel guesses, and too many wrong
 * passwords from one address are throttled; strangers cannot lock an account for good.
 */
@IntegrationTest
@Tag("database")
@Import(AdjustableClock.class)
@TestPropertySource(properties = {"mdo.security.failed-sign-ins-per-address=8",
        "mdo.security.failed-sign-ins-window=PT10M", "mdo.security.first-lock=PT1M"})
class SignInLockoutTest {

    private static final String PASSWORD = "het-echte-wachtwoord";

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

    @Autowired
    private AdjustableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aBurstOfFortyParallelGuessesGetsNoMoreThanFivePasswordsCheckedAndLocksTheAccount() throws Exception {
        account("slot.burst");
        List<Object> outcomes = burst("slot.burst", 40, -1, "10.40.0.1");

        assertThat(outcomes).filteredOn(outcome -> !(outcome instanceof LockedException))
                .as("passwords actually checked").hasSizeLessThanOrEqualTo(5);
        assertThat(signIn("slot.burst", PASSWORD, "10.40.0.2")).isInstanceOf(LockedException.class);
    }

    @Test
    void theRightPasswordInABurstOfGuessesIsCheckedOnlyIfItCameBeforeTheLimit() throws Exception {
        account("slot.raak");
        List<Object> outcomes = burst("slot.raak", 40, 17, "10.40.1.1");

        List<Object> checked = outcomes.stream().filter(outcome -> !(outcome instanceof LockedException)).toList();
        List<Object> wrongChecked = checked.stream().filter(outcome -> !"signed in".equals(outcome)).toList();
        if (checked.contains("signed in")) {
            // The right password came before the fifth wrong one, so it was checked, and like any
            // sign-in it took the count back: at most four guesses before it and five after it.
            assertThat(checked).as("signed in once").containsOnlyOnce("signed in");
            assertThat(wrongChecked).as("wrong passwords actually checked").hasSizeLessThanOrEqualTo(4 + 5);
        } else {
            assertThat(checked).as("passwords actually checked").hasSizeLessThanOrEqualTo(5);
            assertThat(outcomes.get(17)).isInstanceOf(LockedException.class);
        }
    }

    @Test
    void aLockEndsByItselfAndTheNextLockLastsLonger() throws Exception {
        account("slot.tijd");
        fiveWrongPasswords("slot.tijd", "10.41.0.1");
        Object first = signIn("slot.tijd", PASSWORD, "10.41.0.1");
        assertThat(first).isInstanceOf(AccountTemporarilyLockedException.class);
        Duration firstLock = Duration.between(Instant.now(), ((AccountTemporarilyLockedException) first).until());
        assertThat(firstLock).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(61));

        clock.runAhead(Duration.ofMinutes(2));
        fiveWrongPasswords("slot.tijd", "10.41.0.2");
        Object second = signIn("slot.tijd", PASSWORD, "10.41.0.2");
        assertThat(second).isInstanceOf(AccountTemporarilyLockedException.class);
        assertThat(Duration.between(clock.instant(), ((AccountTemporarilyLockedException) second).until()))
                .as("the second lock lasts longer").isGreaterThan(firstLock.multipliedBy(2));

        clock.runAhead(Duration.ofMinutes(2).plus(Duration.ofDays(1)));
        assertThat(signIn("slot.tijd", PASSWORD, "10.41.0.3")).isEqualTo("signed in");
    }

    @Test
    void theLockAndTheAttemptsOnTheLockedAccountAreInTheAccessLog() throws Exception {
        account("slot.log");
        fiveWrongPasswords("slot.log", "10.42.0.1");
        signIn("slot.log", PASSWORD, "10.42.0.1");

        assertThat(signInsOf("slot.log")).extracting(AuditEntryView::detail).startsWith(
                "account locked", "wrong password; account locked", "wrong user name or password");
    }

    @Test
    void anAdministratorUnlocksATemporarilyLockedAccountAndCanStillDisableIt() throws Exception {
        UserSummary account = account("slot.beheer");
        fiveWrongPasswords("slot.beheer", "10.43.0.1");
        signedIn.as("admin");
        try {
            UserSummary locked = users.findUsers("slot.beheer", PageRequest.of(0, 1)).getFirst();
            assertThat(locked.locked()).isTrue();
            users.unlock(locked.id(), locked.version());
        } finally {
            signedIn.nobody();
        }
        assertThat(signIn("slot.beheer", PASSWORD, "10.43.0.2")).isEqualTo("signed in");

        signedIn.as("admin");
        try {
            UserSummary current = users.findUsers("slot.beheer", PageRequest.of(0, 1)).getFirst();
            users.setEnabled(account.id(), current.version(), false);
        } finally {
            signedIn.nobody();
        }
        assertThat(signIn("slot.beheer", PASSWORD, "10.43.0.2"))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }

    @Test
    void tooManyWrongPasswordsFromOneAddressAreThrottledForEveryAccountButNotForOtherAddresses() throws Exception {
        account("slot.adres");
        for (int guess = 0; guess < 8; guess++) {
            assertThat(signIn("slot.onbekend" + guess, "gok", "10.44.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn("slot.adres", PASSWORD, "10.44.0.1")).isInstanceOf(SignInThrottledException.class);
        mvc.perform(post("/login").param("username", "slot.adres").param("password", PASSWORD)
                        .with(csrf()).with(from("10.44.0.1")))
                .andExpect(content().string(containsString(
                        "Te veel mislukte inlogpogingen vanaf dit adres. Probeer het over ")));
        mvc.perform(get("/api/v1/meetings").with(httpBasic("slot.adres", PASSWORD)).with(from("10.44.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        assertThat(signIn("slot.adres", PASSWORD, "10.44.0.2")).isEqualTo("signed in");
        assertThat(signInsOf("slot.adres")).extracting(AuditEntryView::detail)
                .contains("too many failed sign-ins from this address");

        clock.runAhead(Duration.ofMinutes(10));
        assertThat(signIn("slot.adres", PASSWORD, "10.44.0.1")).isEqualTo("signed in");
    }

    @Test
    void wrongPasswordsThroughTheApiLockOnlyForAWhile() throws Exception {
        account("slot.api");
        for (int guess = 0; guess < 5; guess++) {
            mvc.perform(get("/api/v1/meetings").with(httpBasic("slot.api", "gok" + guess)).with(from("10.45.0.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/meetings").with(httpBasic("slot.api", PASSWORD)).with(from("10.45.0.2")))
                .andExpect(status().isUnauthorized());
        clock.runAhead(Duration.ofMinutes(2));
        mvc.perform(get("/api/v1/meetings").with(httpBasic("slot.api", PASSWORD)).with(from("10.45.0.2")))
                .andExpect(status().isOk());
    }

    private void fiveWrongPasswords(String username, String address) throws Exception {
        for (int guess = 0; guess < 5; guess++) {
            assertThat(signIn(username, "gok" + guess, address)).isInstanceOf(BadCredentialsException.class);
        }
    }

    /** {@code count} sign-ins at once, all wrong except the one at {@code rightAt}; their outcomes in order. */
    private List<Object> burst(String username, int count, int rightAt, String address) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> attempts = new ArrayList<>();
            for (int attempt = 0; attempt < count; attempt++) {
                String password = attempt == rightAt ? PASSWORD : "gok" + attempt;
                attempts.add(pool.submit(() -> {
                    start.await();
                    return signIn(username, password, address);
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> attempt : attempts) {
                outcomes.add(attempt.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** "signed in", or why the sign-in form refused. */
    private Object signIn(String username, String password, String address) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address))).andReturn();
        var session = result.getRequest().getSession(false);
        if (session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null) {
            return "signed in";
        }
        Object refusal = result.getRequest().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return refusal == null ? "refused without reason" : refusal;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private UserSummary account(String username) {
        signedIn.as("admin");
        try {
            long organisation = organisations.organisations().getFirst().id();
            return users.createUser(new UserDraft(username, "Slot Test", Set.of(Role.PROFESSIONAL),
                    Discipline.MIDWIFE, organisation), PASSWORD);
        } finally {
            signedIn.nobody();
        }
    }

    private List<AuditEntryView> signInsOf(String username) {
        signedIn.as("admin");
        try {
            return auditLog.find(new AuditQuery(null, username, AuditAction.LOGIN, null, null, null),
                    PageRequest.of(0, 20));
        } finally {
            signedIn.nobody();
        }
    }
}
