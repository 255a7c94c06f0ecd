package nl.kansrijkestart.mdo.meetings.ui;

import com.microsoft.playwright.Page;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kansrijkestart.mdo.testing.ApplicationProcess;
import nl.kansrijkestart.mdo.testing.Browser;
import nl.kansrijkestart.mdo.testing.BrowserSession;
import nl.kansrijkestart.mdo.testing.PostgresqlAvailable;
import nl.kansrijkestart.mdo.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The live meeting benchmark (docs/benchmarks.md, "The live meeting with fifteen pages"): not a
 * test of the normal build. It starts each production jar named in {@code mdo.benchmark.jars}
 * ({@code label=path,label=path}; default the jar in {@code target}) as its own process on an
 * empty schema of the PostgreSQL test database, with the demo data, and follows the demo meeting
 * with the chair and 1, 5, 10 and 14 participant pages in headless Chromium. Per number of pages
 * it reports the time from the chair's click on "bespreek" to the new current item in each page
 * (p50, p95, max; clocks of one machine), the server's CPU time per move, and the access-log rows
 * per move; then the heap per open page (least squares over 0, 50, 100 and 200 extra signed-in
 * pages, after a full collection; for the jar named in {@code mdo.benchmark.heap-for}, default the last).
 * The report goes to the console and to
 * {@code target/benchmarks/live-meeting.md}.
 *
 * <pre>
 * ./mvnw -B -DskipTests package
 * MDO_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/mdo_bench ./mvnw -B -Pbenchmark test \
 *     -Dtest=LiveMeetingBenchmark -Dmdo.benchmark.jars=before=/tmp/before.jar,after=target/mdo-kansrijke-start-0.1.0-SNAPSHOT.jar
 * </pre>
 */
@Tag("benchmark")
@ExtendWith(PostgresqlAvailable.class)
class LiveMeetingBenchmark {

    private static final List<Integer> PARTICIPANTS = integers("mdo.benchmark.participants", "1,5,10,14");
    private static final List<Integer> HEAP_PAGES = integers("mdo.benchmark.heap-pages", "0,50,100,200");
    private static final int MOVES = Integer.getInteger("mdo.benchmark.moves", 20);
    private static final int WARM_UPS = Integer.getInteger("mdo.benchmark.warm-ups", 4);
    private static final List<String> PARTICIPANT_USERS = List.of("jgz", "verloskundige", "wijkteam", "huisarts",
            "gemeente");
    private static final Path REPORT = Path.of("target", "benchmarks", "live-meeting.md");
    /** Extra JVM options for each server, separated by spaces (a flight recording, for example). */
    private static final List<String> SERVER_OPTIONS = words(System.getProperty("mdo.benchmark.server-options", ""));
    /** The server's port; 0 (the default): any free one. */
    private static final int PORT = Integer.getInteger("mdo.benchmark.port", 0);
    /** Where each server's data folder and log go; by default the system's temporary folder. */
    private static final String DATA_DIRS = System.getProperty("mdo.benchmark.data-dir", "");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Records on each page when the "Nu aan de orde" badge appears, and on which card (by position). */
    private static final String WATCH = """
            () => {
              window.__moves = [];
              const seen = () => {
                const badge = document.getElementById('current-item');
                if (!badge) return;
                const card = badge.closest('.agenda-item');
                const index = [...document.querySelectorAll('.agenda-item')].indexOf(card);
                const last = window.__moves[window.__moves.length - 1];
                if (!last || last.index !== index || last.badge !== badge) {
                  window.__moves.push({t: Date.now(), index: index, badge: badge});
                }
              };
              new MutationObserver(seen).observe(document.body, {childList: true, subtree: true});
              seen();
            }""";

    @Test
    void followTheDemoMeetingWithUpToFifteenPages() throws Exception {
        Map<String, Path> jars = jars();
        StringBuilder report = new StringBuilder("# Live meeting benchmark, " + Instant.now() + "\n\n");
        Map<String, Map<Integer, Result>> all = new LinkedHashMap<>();
        Map<String, Double> heap = new LinkedHashMap<>();
        String heapFor = System.getProperty("mdo.benchmark.heap-for", List.copyOf(jars.keySet()).getLast());
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            try (Server server = Server.start(jar.getKey(), jar.getValue())) {
                all.put(jar.getKey(), follow(server));
                if (!HEAP_PAGES.isEmpty() && heapFor.equals(jar.getKey())) {
                    heap.put(jar.getKey(), heapPerPage(server, report));
                }
            }
        }
        report.append("| jar | pages | moves | click to page p50 / p95 / max (ms) | slowest page per move p50 / p95 (ms)"
                + " | server CPU per move (ms) | of it without moves, same time (ms) | net CPU per move (ms)"
                + " | access-log rows per move |\n|---|---|---|---|---|---|---|---|---|\n");
        all.forEach((label, results) -> results.forEach((pages, r) -> report.append(String.format(Locale.ROOT,
                "| %s | %d | %d | %.0f / %.0f / %.0f | %.0f / %.0f | %.1f | %.1f | %.1f | %.1f |%n", label, pages, MOVES,
                percentile(r.latencies, 50), percentile(r.latencies, 95), percentile(r.latencies, 100),
                percentile(r.slowest, 50), percentile(r.slowest, 95), r.cpuMillisPerMove, r.idleCpuMillisPerMove,
                r.netCpuMillisPerMove(), r.logRowsPerMove))));
        if (all.size() == 2) {
            List<String> labels = List.copyOf(all.keySet());
            report.append("\nRatio ").append(labels.get(0)).append(" / ").append(labels.get(1)).append(":\n\n");
            for (Integer pages : all.get(labels.get(1)).keySet()) {
                Result before = all.get(labels.get(0)).get(pages);
                Result after = all.get(labels.get(1)).get(pages);
                if (before != null) {
                    report.append(String.format(Locale.ROOT,
                            "- %d pages: p95 %.1f×, CPU per move %.1f× (net of the time without moves %.1f×),"
                                    + " access-log rows per move %.1f×%n", pages,
                            percentile(before.latencies, 95) / percentile(after.latencies, 95),
                            before.cpuMillisPerMove / after.cpuMillisPerMove,
                            before.netCpuMillisPerMove() / Math.max(after.netCpuMillisPerMove(), 1e-9),
                            before.logRowsPerMove / Math.max(after.logRowsPerMove, 1e-9)));
                }
            }
        }
        heap.forEach((label, perPage) -> report.append(String.format(Locale.ROOT,
                "%nHeap per open signed-in page (%s): %.2f MB%n", label, perPage)));
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
    }

    /**
     * One number of pages: {@code idleCpuMillisPerMove} is the server's CPU time while the same pages
     * stayed open for as long as the moves took, without a move, divided by the number of moves.
     */
    private record Result(List<Double> latencies, List<Double> slowest, double cpuMillisPerMove,
            double idleCpuMillisPerMove, double logRowsPerMove) {

        double netCpuMillisPerMove() {
            return Math.max(0, cpuMillisPerMove - idleCpuMillisPerMove);
        }
    }

    private Map<Integer, Result> follow(Server server) throws Exception {
        Map<Integer, Result> results = new LinkedHashMap<>();
        try (Browser browser = Browser.start()) {
            Page chair = open(browser, server, "voorzitter");
            if (chair.locator("#start-meeting").count() > 0) {
                chair.locator("#start-meeting").click();
                chair.locator(".agenda-item vaadin-button[id^='discuss-']").first().waitFor();
            }
            List<Page> pages = new ArrayList<>(List.of(chair));
            for (int participants : PARTICIPANTS) {
                while (pages.size() < participants + 1) {
                    pages.add(open(browser, server,
                            PARTICIPANT_USERS.get((pages.size() - 1) % PARTICIPANT_USERS.size())));
                }
                for (int warmUp = 0; warmUp < WARM_UPS; warmUp++) {
                    move(chair, pages);
                }
                List<Double> latencies = new ArrayList<>();
                List<Double> slowest = new ArrayList<>();
                long rowsBefore = server.auditRows();
                long started = System.nanoTime();
                Instant movesFrom = Instant.now();
                Duration cpuBefore = server.cpu();
                for (int move = 0; move < MOVES; move++) {
                    List<Double> each = move(chair, pages);
                    latencies.addAll(each);
                    slowest.add(each.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
                }
                double cpu = server.cpu().minus(cpuBefore).toNanos() / 1e6 / MOVES;
                double rows = (server.auditRows() - rowsBefore) / (double) MOVES;
                // The same pages open for the same time without a move: what the server does anyway
                // (heartbeats, Push, timers, collections), to be told apart from the moves' own work.
                Instant idleFrom = Instant.now();
                Duration idleBefore = server.cpu();
                Thread.sleep(Duration.ofNanos(System.nanoTime() - started));
                double idle = server.cpu().minus(idleBefore).toNanos() / 1e6 / MOVES;
                results.put(pages.size(), new Result(latencies, slowest, cpu, idle, rows));
                // the times tell the moves from the idle time in a flight recording of the server
                System.out.printf(Locale.ROOT,
                        "%s, %d pages: p95 %.0f ms, CPU %.1f ms/move (idle %.1f in the same time), %.1f rows/move;"
                                + " moves %s to %s, idle to %s%n",
                        server.label, pages.size(), percentile(latencies, 95), cpu, idle, rows, movesFrom, idleFrom,
                        Instant.now());
            }
        }
        return results;
    }

    /**
     * The chair clicks "bespreek" on the item not under discussion; returns, per page, the
     * milliseconds from the click to the badge on that item. Waits until every page shows it.
     */
    private List<Double> move(Page chair, List<Page> pages) throws InterruptedException {
        List<Integer> known = pages.stream().map(page -> ((Number) page.evaluate("window.__moves.length")).intValue())
                .toList();
        Object[] click = ((List<?>) chair.evaluate("""
                () => {
                  const button = document.querySelector(".agenda-item vaadin-button[id^='discuss-']");
                  const index = [...document.querySelectorAll('.agenda-item')].indexOf(button.closest('.agenda-item'));
                  const t0 = Date.now();
                  button.click();
                  return [t0, index];
                }""")).toArray();
        double t0 = ((Number) click[0]).doubleValue();
        int target = ((Number) click[1]).intValue();
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            String arrived = "(known) => window.__moves.slice(known).find(m => m.index === " + target + ")";
            page.waitForFunction(arrived, known.get(i));
            latencies.add(((Number) page.evaluate("(known) => window.__moves.slice(known).find(m => m.index === "
                    + target + ").t", known.get(i))).doubleValue() - t0);
        }
        Thread.sleep(300);
        return latencies;
    }

    /**
     * Heap after a full collection with 0, 50, 100 and 200 extra signed-in meeting pages whose
     * tabs were closed without telling the server (offline first), so their UIs stay in their
     * sessions as a crashed tab's would until the session expires; returns the least-squares slope.
     */
    private double heapPerPage(Server server, StringBuilder report) throws Exception {
        List<double[]> points = new ArrayList<>();
        int opened = 0;
        try (Browser browser = Browser.start()) {
            for (int pages : HEAP_PAGES) {
                while (opened < pages) {
                    Page page = open(browser, server, PARTICIPANT_USERS.get(opened % PARTICIPANT_USERS.size()));
                    page.context().setOffline(true);
                    page.context().close();
                    opened++;
                }
                double usedMb = server.heapUsedAfterFullCollection();
                points.add(new double[] {pages, usedMb});
                report.append(String.format(Locale.ROOT, "- %s: %d extra pages, heap used after full GC %.1f MB%n",
                        server.label, pages, usedMb));
                System.out.printf(Locale.ROOT, "%s: %d pages, %.1f MB%n", server.label, pages, usedMb);
            }
        }
        double n = points.size();
        double sx = points.stream().mapToDouble(p -> p[0]).sum();
        double sy = points.stream().mapToDouble(p -> p[1]).sum();
        double sxy = points.stream().mapToDouble(p -> p[0] * p[1]).sum();
        double sxx = points.stream().mapToDouble(p -> p[0] * p[0]).sum();
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    /** A page of the demo meeting signed in as {@code username}, watching for moves of the current item. */
    private Page open(Browser browser, Server server, String username) {
        Page page = BrowserSession.openMeeting(browser, server.baseUrl(), username, server.meetingId, 60_000);
        page.evaluate(WATCH);
        return page;
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static List<Integer> integers(String property, String fallback) {
        String value = System.getProperty(property, fallback);
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf)
                .toList();
    }

    private static List<String> words(String value) {
        return value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }

    private static Map<String, Path> jars() throws IOException {
        Map<String, Path> jars = new LinkedHashMap<>();
        String named = System.getProperty("mdo.benchmark.jars", "");
        if (named.isBlank()) {
            try (var found = Files.list(Path.of("target"))) {
                jars.put("this build", found.filter(p -> p.getFileName().toString().matches("mdo-kansrijke-start-.*\\.jar"))
                        .findFirst().orElseThrow(() -> new IllegalStateException("No jar in target; ./mvnw package first")));
            }
        } else {
            for (String pair : named.split(",")) {
                String[] parts = pair.split("=", 2);
                jars.put(parts[0], Path.of(parts[1]));
            }
        }
        return jars;
    }

    /** One production jar as its own process on an empty schema, with the demo data. */
    private static final class Server implements AutoCloseable {
        private final String label;
        private final Process process;
        private final int port;
        private final JdbcTemplate jdbc;
        private final long meetingId;

        private Server(String label, Process process, int port, JdbcTemplate jdbc) throws Exception {
            this.label = label;
            this.process = process;
            this.port = port;
            this.jdbc = jdbc;
            awaitReady();
            this.meetingId = demoMeeting();
        }

        static Server start(String label, Path jar) throws Exception {
            String schema = "bench_live_" + label.replaceAll("[^a-z]", "").toLowerCase(Locale.ROOT);
            String url = TestDatabase.emptySchemaUrl(schema);
            Path dataDir;
            if (DATA_DIRS.isBlank()) {
                dataDir = Files.createTempDirectory("live-benchmark-");
            } else {
                Files.createDirectories(Path.of(DATA_DIRS));
                dataDir = Files.createTempDirectory(Path.of(DATA_DIRS), "live-benchmark-");
            }
            int port = PORT;
            if (port == 0) {
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
            SERVER_OPTIONS.forEach(option -> command.add(option.replace("{label}", label.replaceAll("[^A-Za-z0-9]", ""))));
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                    "--mdo.data-dir=" + dataDir, "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + TestDatabase.user(),
                    "--spring.datasource.password=" + TestDatabase.password(), "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN", "--vaadin.launch-browser=false"));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(dataDir.resolve("application.log").toFile()).start();
            System.out.printf("%s: %s on port %d, log in %s%n", label, jar, port, dataDir);
            try {
                return new Server(label, process, port, new JdbcTemplate(TestDatabase.postgresqlDataSource(url)));
            } catch (Exception | Error notStarted) {
                process.destroyForcibly();
                throw notStarted;
            }
        }

        String baseUrl() {
            return "http://127.0.0.1:" + port;
        }

        long auditRows() {
            Long rows = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
            return rows == null ? 0 : rows;
        }

        Duration cpu() {
            return process.toHandle().info().totalCpuDuration().orElseThrow();
        }

        double heapUsedAfterFullCollection() throws Exception {
            jcmd("GC.run");
            jcmd("GC.run");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
            if (!used.find()) {
                throw new IllegalStateException("No heap figure from jcmd");
            }
            return Long.parseLong(used.group(1)) / 1024.0;
        }

        private String jcmd(String command) throws Exception {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), command).redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            return out;
        }

        /** The demo meeting of the chair "voorzitter" (two accepted items, five participants). */
        private long demoMeeting() throws Exception {
            HttpRequest meetings = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/meetings?when=upcoming"))
                    .header("Authorization", ApplicationProcess.demoAccount("voorzitter"))
                    .build();
            String body = HTTP.send(meetings, HttpResponse.BodyHandlers.ofString()).body();
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)[^}]*?\"type\"\\s*:\\s*\"MDO_VULNERABLE_PREGNANCY\"")
                    .matcher(body);
            if (!id.find()) {
                throw new IllegalStateException("No demo meeting in " + body);
            }
            return Long.parseLong(id.group(1));
        }

        private void awaitReady() throws Exception {
            // A start takes 20 s on a quiet machine and over six minutes on a busy one.
            Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
            HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build();
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(label + " stopped during start-up");
                }
                try {
                    if (HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException(label + " not ready in time");
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
