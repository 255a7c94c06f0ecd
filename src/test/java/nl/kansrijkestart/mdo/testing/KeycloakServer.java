package nl.kansrijkestart.mdo.testing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak for the "keycloak" tests: the server distribution that the build unpacked into
 * the cache ({@code mdo.keycloak.home}), started once per test run on loopback over plain HTTP with
 * an in-memory database and config/keycloak/mdo-realm.json imported, and stopped when the run ends.
 * Also fetches tokens from it as the API's clients would.
 *
 * <p>The distribution is built once for these options ({@code kc.sh build}, about 25 s, kept in the
 * cache) and then started with {@code --optimized}, as Keycloak's guide advises for production: a
 * start in development mode ({@code start-dev}) would redo that build at every run.
 */
public final class KeycloakServer implements BeforeAllCallback {

    public static final String URL = "http://127.0.0.1:18080";
    public static final String ISSUER = URL + "/realms/mdo";
    /** The realm file's DEMO secret of the indicator-feed client. */
    public static final String FEED_SECRET = "DEMO-indicator-feed-secret-replace-in-production";

    private static final int MANAGEMENT_PORT = 19000;
    /** The test server's own administrator (master realm), for {@link #setEnabled}. */
    private static final String ADMIN = "kc-admin";
    private static final String ADMIN_PASSWORD = "kc-admin-test-only";
    private static final Duration START_LIMIT = Duration.ofMinutes(10);
    /** Keycloak's build options (kept in the distribution by {@code kc.sh build}) for these tests. */
    private static final Map<String, String> BUILD_OPTIONS = Map.of("db", "dev-mem", "health-enabled", "true");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(KeycloakServer.class, key -> Running.start(), Running.class);
    }

    /** An access token of a client's service account (client-credentials grant). */
    public static String clientToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** An access token of a demo user, through the realm's demo client for the API (password grant). */
    public static String userToken(String username) {
        return token(Map.of("grant_type", "password", "client_id", "mdo-api-demo", "username", username,
                "password", "demo"));
    }

    /**
     * Disables or enables a person in Keycloak itself, as its administrator would in its console
     * (through the admin REST API, signed in as the test server's own administrator).
     */
    public static void setEnabled(String username, boolean enabled) {
        String admin = token(URL + "/realms/master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", ADMIN, "password", ADMIN_PASSWORD));
        try {
            HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(URL + "/admin/realms/mdo/users?exact=true&username="
                            + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
            String id = JsonMapper.shared().readTree(found.body()).get(0).get("id").asString();
            HttpResponse<String> changed = HTTP.send(HttpRequest.newBuilder(URI.create(URL + "/admin/realms/mdo/users/" + id))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (changed.statusCode() != 204) {
                throw new IllegalStateException("Keycloak refused to change " + username + ": " + changed.body());
            }
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("Could not reach Keycloak's admin API", failed);
        }
    }

    private static String token(Map<String, String> form) {
        return token(ISSUER, form);
    }

    private static String token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                                    URI.create(realm + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the token request: " + response.body());
            }
            return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("Could not ask Keycloak for a token", failed);
        }
    }

    /** The server process; closed by JUnit at the end of the run, or by the shutdown hook. */
    private record Running(Process process) implements AutoCloseable {

        static Running start() {
            Path home = Path.of(System.getProperty("mdo.keycloak.home", "keycloak-home-not-set"));
            if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                throw Prerequisites.missing("No Keycloak distribution at " + home + ". Run the tests with "
                        + "./mvnw verify, which unpacks org.keycloak:keycloak-quarkus-dist into ~/.cache/mdo.");
            }
            for (int port : List.of(18080, MANAGEMENT_PORT)) {
                if (listening(port)) {
                    throw Prerequisites.missing("Port " + port + " on 127.0.0.1 is already in use; stop "
                            + "whatever runs there (a Keycloak left over from an earlier run?).");
                }
            }
            try {
                Path realm = Path.of(System.getProperty("mdo.keycloak.realm", "config/keycloak/mdo-realm.json"));
                Files.createDirectories(home.resolve("data/import"));
                Files.copy(realm, home.resolve("data/import/mdo-realm.json"), StandardCopyOption.REPLACE_EXISTING);
                Path log = Path.of(System.getProperty("mdo.keycloak.log", "target/keycloak.log"));
                Files.createDirectories(log.toAbsolutePath().getParent());
                Files.deleteIfExists(log);
                if (!builtForTheseTests(home)) {
                    build(home, log);
                }
                ProcessBuilder builder = kc(home, log, List.of("start", "--optimized", "--cache=local",
                        "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=18080",
                        "--http-management-port=" + MANAGEMENT_PORT, "--hostname=" + URL, "--import-realm"));
                builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
                builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
                Running running = new Running(builder.start());
                Runtime.getRuntime().addShutdownHook(new Thread(running::close));
                running.awaitReady(log);
                return running;
            } catch (IOException failed) {
                throw new IllegalStateException("Could not start Keycloak from " + home, failed);
            }
        }

        /** Whether the distribution's kept build has this class's build options. */
        private static boolean builtForTheseTests(Path home) throws IOException {
            Path generated = home.resolve("lib/quarkus/generated-bytecode.jar");
            if (!Files.isRegularFile(generated)) {
                return false;
            }
            try (ZipFile jar = new ZipFile(generated.toFile())) {
                var entry = jar.getEntry("META-INF/keycloak-persisted.properties");
                if (entry == null) {
                    return false;
                }
                Properties kept = new Properties();
                try (var in = jar.getInputStream(entry)) {
                    kept.load(in);
                }
                // A start in development mode keeps its own build, which --optimized must not reuse.
                return "prod".equals(kept.getProperty("kc.profile", "prod")) && BUILD_OPTIONS.entrySet().stream()
                        .allMatch(option -> option.getValue().equals(kept.getProperty("kc." + option.getKey())));
            }
        }

        private static void build(Path home, Path log) throws IOException {
            List<String> options = BUILD_OPTIONS.entrySet().stream()
                    .map(option -> "--" + option.getKey() + "=" + option.getValue()).toList();
            Process building = kc(home, log, Stream.concat(Stream.of("build"), options.stream()).toList()).start();
            try {
                if (!building.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS) || building.exitValue() != 0) {
                    building.destroyForcibly();
                    throw new IllegalStateException("kc.sh build " + options + " failed; see " + log);
                }
            } catch (InterruptedException interrupted) {
                building.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while building Keycloak", interrupted);
            }
        }

        /** {@code bin/kc.sh} with these arguments, its output appended to the log. */
        private static ProcessBuilder kc(Path home, Path log, List<String> arguments) {
            ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("bash", "bin/kc.sh"), arguments.stream()).toList())
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // Keycloak runs on the test's own JDK, which the build already requires to be 21+.
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            return builder;
        }

        private void awaitReady(Path log) {
            Instant limit = Instant.now().plus(START_LIMIT);
            while (Instant.now().isBefore(limit)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak stopped while starting; see " + log);
                }
                if (ready()) {
                    return;
                }
                sleep();
            }
            close();
            throw new IllegalStateException("Keycloak was not ready within " + START_LIMIT + "; see " + log);
        }

        private static boolean ready() {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + MANAGEMENT_PORT
                                + "/health/ready")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static boolean listening(int port) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return true;
            } catch (ConnectException free) {
                return false;
            } catch (IOException unclear) {
                return true;
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException interrupted) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
