import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Read throughput of the running application's API: for each scenario (an account and a GET path)
 * and each number of concurrent clients, a few rounds of a fixed number of requests, each client
 * sending its next request as soon as the previous one is answered (closed loop, keep-alive). Prints
 * one Markdown row per scenario and concurrency with the medians over the rounds: requests per
 * second, p50 and p99 latency, and the non-2xx answers summed over all rounds; the requests measured so far
 * and the RSS of the server process after each row, and before and after all requests, and the highest RSS
 * read (every half second) while the measured requests ran: the serial collector's heap grows and shrinks
 * between full collections, so one reading at the end may fall on a low or a high point of that cycle. Started by docs/api-benchmark.sh.
 *
 * <p>Usage: {@code java ApiLoad.java <base url> <server pid> <rounds> <requests per round>
 * <clients,comma-separated> <name=user:password@path>...}
 *
 * <p>With the environment variable {@code MDO_BENCH_DIAGNOSTICS} set to a folder, the JDK's {@code jcmd}
 * writes the server's heap ({@code GC.heap_info}) and native memory ({@code VM.native_memory summary},
 * when the server runs with {@code -XX:NativeMemoryTracking=summary}) there after the warm-up and after
 * all requests, and the difference between the two ({@code summary.diff} against a baseline taken after
 * the warm-up).
 */
public class ApiLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        int[] concurrency = Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray();
        List<Scenario> scenarios = Arrays.stream(args, 5, args.length).map(Scenario::parse).toList();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        for (Scenario scenario : scenarios) { // warm-up: the JIT, the pools and the verified-credentials cache
            run(client, base, scenario, 4, Math.max(200, requests / 5));
        }
        String diagnostics = System.getenv("MDO_BENCH_DIAGNOSTICS");
        diagnose(diagnostics, pid, "after-warm-up", "GC.heap_info", "VM.native_memory summary", "VM.native_memory baseline");
        long rssBefore = rss(pid);
        java.util.concurrent.atomic.AtomicLong rssPeak = new java.util.concurrent.atomic.AtomicLong(rssBefore);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    rssPeak.accumulateAndGet(rss(pid), Math::max);
                    Thread.sleep(500);
                }
            } catch (Exception stopped) {
                // interrupted at the end, or the server is gone
            }
        });
        long total = 0;
        System.out.println("| scenario | clients | req/s | p50 ms | p99 ms | non-2xx | rounds (req/s) | requests so far | RSS MB |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|---:|---:|");
        for (Scenario scenario : scenarios) {
            for (int clients : concurrency) {
                double[] perSecond = new double[rounds];
                double[] p50 = new double[rounds];
                double[] p99 = new double[rounds];
                int failed = 0;
                for (int round = 0; round < rounds; round++) {
                    Result result = run(client, base, scenario, clients, requests);
                    perSecond[round] = result.perSecond();
                    p50[round] = result.percentile(0.50);
                    p99[round] = result.percentile(0.99);
                    failed += result.failed();
                    total += requests;
                }
                System.out.printf("| %s | %d | %.0f | %.1f | %.1f | %d | %s | %,d | %d |%n", scenario.name(), clients,
                        median(perSecond), median(p50), median(p99), failed,
                        Arrays.toString(Arrays.stream(perSecond).map(Math::rint).toArray()), total, rss(pid) / 1024);
            }
        }
        long rssAfter = rss(pid);
        sampler.interrupt();
        diagnose(diagnostics, pid, "after-all", "GC.heap_info", "VM.native_memory summary",
                "VM.native_memory summary.diff");
        System.out.printf("%nRSS of the server: %d MB before, %d MB after %,d measured requests (growth %d MB)%n",
                rssBefore / 1024, rssAfter / 1024, total, (rssAfter - rssBefore) / 1024);
        System.out.printf("Highest RSS while measuring: %d MB (%d MB above the RSS before)%n",
                rssPeak.get() / 1024, (rssPeak.get() - rssBefore) / 1024);
    }

    record Scenario(String name, String authorization, String path) {

        static Scenario parse(String text) {
            String name = text.substring(0, text.indexOf('='));
            String credentials = text.substring(text.indexOf('=') + 1, text.indexOf('@'));
            return new Scenario(name, "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)), text.substring(text.indexOf('@') + 1));
        }
    }

    record Result(long[] nanos, double perSecond, int failed) {

        double percentile(double p) {
            return nanos[(int) Math.min(nanos.length - 1, Math.ceil(p * nanos.length) - 1)] / 1_000_000.0;
        }
    }

    private static Result run(HttpClient client, String base, Scenario scenario, int clients, int requests)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + scenario.path()))
                .header("Authorization", scenario.authorization()).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build();
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            work.add(pool.submit(() -> {
                start.await();
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    int status;
                    try {
                        status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (java.io.IOException e) {
                        status = 0;
                    }
                    nanos[i] = System.nanoTime() - begin;
                    if (status < 200 || status > 299) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Future<?> done : work) {
            done.get();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        Arrays.sort(nanos);
        return new Result(nanos, requests / seconds, failed.get());
    }

    private static void diagnose(String folder, long pid, String moment, String... commands) throws Exception {
        if (folder == null || folder.isBlank()) {
            return;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (String command : commands) {
            List<String> line = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
            line.addAll(Arrays.asList(command.split(" ")));
            Path out = Path.of(folder, moment + "-" + command.replace(' ', '-').replace('.', '_') + ".txt");
            new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(out.toFile()).start().waitFor();
        }
    }

    private static long rss(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
