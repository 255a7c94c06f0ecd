package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The port opens before the start-up work is done; until the demo data (with the demo counting
 * history) is in place the application answers 503 and its readiness probe says so, and only then
 * the login page and readiness come up. A last start-up step that waits for the test stands for
 * slow start-up work, so the test sees the in-between state for certain.
 */
class ReadinessTest {

    private static final CountDownLatch LAST_STEP = new CountDownLatch(1);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restoreSecurityHolder() {
        SecurityContextHolder.setContextHolderStrategy(before);
    }

    @Test
    void theLoginPageAndReadinessComeUpOnlyOnceTheDemoDataIsInPlace() throws Exception {
        int port = freePort();
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(MdoApplication.class, SlowLastStartUpStep.class).run(
                        "--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:ready-" + UUID.randomUUID(),
                        "--mdo.demo-data.enabled=true", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        try {
            awaitStatus(port, "/actuator/health/liveness", 200);
            assertThat(status(port, "/actuator/health/readiness")).isEqualTo(503);
            HttpResponse<String> login = get(port, "/login");
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.body()).contains("wordt gestart");
            assertThat(login.headers().firstValue("Retry-After")).isPresent();

            LAST_STEP.countDown();
            awaitStatus(port, "/actuator/health/readiness", 200);
            assertThat(status(port, "/login")).isEqualTo(200);
            JdbcTemplate jdbc = starting.get(60, TimeUnit.SECONDS).getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from counting_event", Integer.class))
                    .as("demo counting history").isPositive();
            assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'verloskundige'",
                    Integer.class)).isEqualTo(1);
        } finally {
            LAST_STEP.countDown();
            starting.get(120, TimeUnit.SECONDS).close();
        }
    }

    static class SlowLastStartUpStep {

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner waitsForTheTest() {
            return arguments -> LAST_STEP.await(120, TimeUnit.SECONDS);
        }
    }

    private static void awaitStatus(int port, String path, int expected) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < giveUp) {
            try {
                if (status(port, path) == expected) {
                    return;
                }
            } catch (java.io.IOException notListeningYet) {
                // the port is not open yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never answered " + expected);
    }

    private static int status(int port, String path) throws Exception {
        return get(port, path).statusCode();
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
