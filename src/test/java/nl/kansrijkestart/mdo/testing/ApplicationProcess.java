package nl.kansrijkestart.mdo.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.MdoApplication;
import org.springframework.http.HttpHeaders;

/**
 * The application as a separate operating-system process, started from the build's main classpath
 * (without the test classes, whose test configurations would otherwise be scanned), on the test
 * database: an H2 file under a directory of the test's own, or the PostgreSQL test database. The
 * test can kill it hard ({@link #kill()}, as {@code kill -9} does) and start it again on the same data.
 */
public final class ApplicationProcess implements AutoCloseable {

    /** Generous: two nodes starting together on a busy 2-core machine took four and a half minutes. */
    private static final Duration START_LIMIT = Duration.ofSeconds(420);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** On PostgreSQL, a schema of this test's own (see {@link TestDatabase#emptySchemaUrl}). */
    private static final String SCHEMA = "application_process";

    private final Path dataDir;
    /** On PostgreSQL the URL of the schema this process uses; null on H2. */
    private final String postgresqlUrl;
    private final int port;
    private final Path log;
    /** Further settings, as command-line arguments ({@code --name=value}). */
    private final List<String> settings;
    private final List<String> jvmOptions = new ArrayList<>();
    private Process process;

    private ApplicationProcess(Path dataDir, String postgresqlUrl, String... settings) throws IOException {
        this.dataDir = dataDir;
        this.postgresqlUrl = postgresqlUrl;
        this.settings = List.of(settings);
        this.port = freePort();
        this.log = dataDir.resolve("application.log");
    }

    /**
     * A new, empty database: on H2 a file under dataDir, on PostgreSQL an empty schema of its own.
     * {@code settings} are further command-line settings such as {@code --spring.profiles.active=x}.
     */
    public static ApplicationProcess onAnEmptyTestDatabase(Path dataDir, String... settings) throws IOException {
        return new ApplicationProcess(dataDir,
                TestDatabase.isPostgresql() ? TestDatabase.emptySchemaUrl(SCHEMA) : null, settings);
    }

    /** JVM options for the next starts, such as {@code -Dspring.aot.enabled=true}. */
    public ApplicationProcess withJvmOptions(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    /** Everything the process has written to its log so far (every start of it). */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /**
     * One node of several on the same PostgreSQL schema ({@link TestDatabase#emptySchemaUrl}): start
     * two of these to run the application as a cluster. {@code settings} are further command-line
     * settings such as {@code --mdo.cluster.heartbeat=PT1S}.
     */
    public static ApplicationProcess nodeOf(Path dataDir, String postgresqlUrl, String... settings)
            throws IOException {
        return new ApplicationProcess(dataDir, postgresqlUrl, settings);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The Authorization header value of a demo account (password "demo") for HTTP Basic. */
    public static String demoAccount(String username) {
        return "Basic " + HttpHeaders.encodeBasicAuth(username, "demo", StandardCharsets.UTF_8);
    }

    /** Starts the application and waits until it reports itself ready (demo data in place). */
    public ApplicationProcess start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", mainClasspath(), MdoApplication.class.getName(), "--server.port=" + port,
                "--mdo.data-dir=" + dataDir, "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--vaadin.launch-browser=false"));
        if (postgresqlUrl != null) {
            command.add("--spring.datasource.url=" + postgresqlUrl);
            command.add("--spring.datasource.username=" + TestDatabase.user());
            command.add("--spring.datasource.password=" + TestDatabase.password());
        }
        command.addAll(settings);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long started = System.nanoTime();
        awaitReady();
        System.out.printf("Application process ready in %.1f s (log: %s)%n", (System.nanoTime() - started) / 1e9, log);
        return this;
    }

    /** Ends the process at once, without shutdown hooks or a chance to flush anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_LIMIT);
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped during start-up:\n" + logTail());
            }
            try {
                if (HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port is not open yet
            }
            Thread.sleep(250);
        }
        kill();
        throw new IllegalStateException("The application was not ready within " + START_LIMIT + ":\n" + logTail());
    }

    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** Surefire runs the tests from a manifest-only jar; the real classpath is in its own property. */
    private static String mainClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
