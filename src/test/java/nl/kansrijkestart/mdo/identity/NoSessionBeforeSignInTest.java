package nl.kansrijkestart.mdo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.identity.ui.LoginPage;
import nl.kansrijkestart.mdo.testing.FreshSchemaOnPostgresql;
import nl.kansrijkestart.mdo.testing.PostgresqlAvailable;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP: a visitor who has not signed in gets no session, neither a cookie nor one kept
 * on the server (the login page, the address that sends there, the page's stylesheets, a refused
 * sign-in); the session starts with a successful sign-in, which ends on the page asked for first.
 * The form's CSRF token (a cookie and a hidden field) is required: without it the post is sent
 * back to the login page, signed in as nobody. A session whose account is disabled meanwhile ends at
 * its next page, on the login page saying why.
 */
@ExtendWith(PostgresqlAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@Import({FreshSchemaOnPostgresql.class, NoSessionBeforeSignInTest.SessionCount.class, SignedIn.class})
class NoSessionBeforeSignInTest {

    private static final Pattern LINK = Pattern.compile("<link [^>]*href=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private SessionCount sessions;

    @Autowired
    private UserAdminService users;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private SignedIn signedIn;

    @Test
    void theLoginPageWhatItLoadsAndTheStartPageGiveAnAnonymousVisitorNoSession() throws Exception {
        int before = sessions.created();

        HttpResponse<String> login = get("/login", new LinkedHashMap<>());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<html lang=\"nl\">").contains("<label for=\"username\">Gebruikersnaam</label>")
                .contains("<label for=\"password\">Wachtwoord</label>");
        assertThat(csrfField(login)).isNotBlank();
        List<String> resources = LINK.matcher(login.body()).results().map(link -> link.group(1))
                .filter(address -> address.startsWith("/")).toList();
        assertThat(resources).contains("/lumo/lumo.css", "/styles/mdo.css");
        for (String resource : resources) {
            HttpResponse<String> loaded = get(resource, new LinkedHashMap<>());
            assertThat(loaded.statusCode()).as(resource).isEqualTo(200);
            assertThat(cookies(loaded)).as(resource).doesNotContainKey("JSESSIONID");
        }
        HttpResponse<String> icon = get("/favicon.ico", new LinkedHashMap<>());
        assertThat(icon.statusCode()).as("favicon").isEqualTo(204);
        assertThat(cookies(icon)).as("favicon").doesNotContainKey("JSESSIONID");
        HttpResponse<String> start = get("/", new LinkedHashMap<>());
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

        assertThat(cookies(login)).doesNotContainKey("JSESSIONID").containsKey("XSRF-TOKEN");
        assertThat(cookies(start)).doesNotContainKey("JSESSIONID");
        assertThat(sessions.created()).as("sessions created on the server").isEqualTo(before);
    }

    @Test
    void aRefusedSignInSaysWhyAndGivesNoSession() throws Exception {
        Map<String, String> jar = new LinkedHashMap<>();
        HttpResponse<String> login = get("/login", jar);
        int before = sessions.created();

        HttpResponse<String> wrong = post("/login", jar, Map.of("username", "jgz", "password", "fout",
                "_csrf", csrfField(login)));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("role=\"alert\"")
                .contains("De gebruikersnaam of het wachtwoord is onjuist.")
                .contains("value=\"jgz\"");
        HttpResponse<String> locked = post("/login", jar, Map.of("username", "geblokkeerd", "password", "demo",
                "_csrf", csrfField(wrong)));
        assertThat(locked.body()).contains("Dit account is geblokkeerd.");

        assertThat(cookies(wrong)).doesNotContainKey("JSESSIONID");
        assertThat(cookies(locked)).doesNotContainKey("JSESSIONID");
        assertThat(sessions.created()).as("sessions created on the server").isEqualTo(before);
    }

    @Test
    void aSignInWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        Map<String, String> jar = new LinkedHashMap<>();
        HttpResponse<String> login = get("/login", jar);
        int before = sessions.created();

        HttpResponse<String> withoutToken = post("/login", jar, Map.of("username", "verloskundige", "password", "demo"));
        HttpResponse<String> withoutCookie = post("/login", new LinkedHashMap<>(), Map.of("username", "verloskundige",
                "password", "demo", "_csrf", csrfField(login)));
        HttpResponse<String> forgedToken = post("/login", jar, Map.of("username", "verloskundige",
                "password", "demo", "_csrf", "vervalst"));

        for (HttpResponse<String> refused : List.of(withoutToken, withoutCookie, forgedToken)) {
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
            assertThat(cookies(refused)).doesNotContainKey("JSESSIONID");
        }
        assertThat(get("/casussen", jar).statusCode()).as("still not signed in").isEqualTo(302);
        assertThat(sessions.created()).as("sessions created on the server").isEqualTo(before);
    }

    @Test
    void aSignInStartsTheSessionAndEndsOnThePageAskedForFirst() throws Exception {
        Map<String, String> jar = new LinkedHashMap<>();
        HttpResponse<String> asked = get("/casussen", jar);
        assertThat(asked.statusCode()).isEqualTo(302);
        HttpResponse<String> login = get("/login", jar);
        int before = sessions.created();

        HttpResponse<String> signedIn = post("/login", jar, Map.of("username", "verloskundige", "password", "demo",
                "_csrf", csrfField(login)));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/casussen");
        assertThat(cookies(signedIn)).containsKey("JSESSIONID");
        assertThat(sessions.created()).isEqualTo(before + 1);
        HttpResponse<String> page = get("/casussen", jar);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(cookies(page)).doesNotContainKey("JSESSIONID");
    }

    @Test
    void aSessionWhoseAccountIsDisabledEndsAtItsNextPageOnTheLoginPageSayingWhy() throws Exception {
        UserSummary account;
        signedIn.as("admin");
        try {
            account = users.createUser(new UserDraft("sessie.http", "Sessie Http", Set.of(Role.PROFESSIONAL),
                    Discipline.MIDWIFE, organisations.organisations().getFirst().id()), "een-lang-wachtwoord");
        } finally {
            signedIn.nobody();
        }
        Map<String, String> jar = new LinkedHashMap<>();
        HttpResponse<String> login = get("/login", jar);
        post("/login", jar, Map.of("username", "sessie.http", "password", "een-lang-wachtwoord",
                "_csrf", csrfField(login)));
        assertThat(get("/casussen", jar).statusCode()).as("signed in").isEqualTo(200);

        signedIn.as("admin");
        try {
            users.setEnabled(account.id(), account.version(), false);
        } finally {
            signedIn.nobody();
        }

        HttpResponse<String> next = get("/casussen", jar);
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        HttpResponse<String> page = get("/login", jar);
        assertThat(page.body()).contains("role=\"alert\"").contains("Sessie beëindigd")
                .contains("Uw account is uitgeschakeld, daarom is uw sessie beëindigd.");
        assertThat(jar).as("the reason is told once").doesNotContainKey(LoginPage.SESSION_ENDED_COOKIE);
        assertThat(get("/casussen", jar).statusCode()).as("no longer signed in").isEqualTo(302);
    }

    private HttpResponse<String> get(String path, Map<String, String> jar) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), jar);
    }

    private HttpResponse<String> post(String path, Map<String, String> jar, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), jar);
    }

    /** Sends the request with the cookies of {@code jar} and keeps the cookies set by the answer there. */
    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> jar)
            throws IOException, InterruptedException {
        request.header("Accept", "text/html");
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        cookies(response).forEach((name, value) -> {
            if (value.isEmpty()) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        });
        return response;
    }

    private static Map<String, String> cookies(HttpResponse<?> response) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return cookies;
    }

    private static String csrfField(HttpResponse<String> page) {
        Matcher field = CSRF_FIELD.matcher(page.body());
        assertThat(field.find()).as("CSRF field in the page").isTrue();
        return field.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Counts the sessions the server creates. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SessionCount {

        private final AtomicInteger created = new AtomicInteger();

        int created() {
            return created.get();
        }

        @Bean
        HttpSessionListener sessionCounter() {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent event) {
                    created.incrementAndGet();
                }
            };
        }
    }
}
