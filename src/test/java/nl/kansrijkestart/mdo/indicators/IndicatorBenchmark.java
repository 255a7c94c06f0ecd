package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.FreshSchemaOnPostgresql;
import nl.kansrijkestart.mdo.testing.PostgresqlAvailable;
import nl.kansrijkestart.mdo.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The indicator 7 benchmark (docs/benchmarks.md): not a test of the normal build. Run it with
 * {@code ./mvnw -B -Pbenchmark test} against a PostgreSQL database of its own
 * ({@code MDO_TEST_POSTGRES_URL}); it empties that database, loads one million counting events,
 * and times the yearly exports through the real {@link CountingQuery} and {@link IndicatorService}.
 * The report goes to the console and to {@code target/benchmarks/indicator-7.md}.
 */
@Tag("benchmark")
@ExtendWith(PostgresqlAvailable.class)
@SpringBootTest(properties = "mdo.demo-data.enabled=false")
@ActiveProfiles(resolver = TestDatabase.class)
@Import({FreshSchemaOnPostgresql.class, AdjustableClock.class})
class IndicatorBenchmark {

    private static final int EVENTS = Integer.getInteger("mdo.benchmark.events", 1_000_000);
    private static final int WARM_UPS = Integer.getInteger("mdo.benchmark.warm-ups", 2);
    private static final int RUNS = Integer.getInteger("mdo.benchmark.runs", 5);
    private static final Path REPORT = Path.of("target", "benchmarks", "indicator-7.md");

    /** The monitoring partner's feed account: coordinator role, no account row, so no municipality scope. */
    private static final Authentication FEED = UsernamePasswordAuthenticationToken.authenticated(
            "indicator-benchmark", null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR"));

    @Autowired
    private DataSource dataSource;

    /** The history's last year is published only from 1 February of the next: the clock stands there. */
    @Autowired
    private AdjustableClock clock;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private CountingQuery counting;

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private CurrentAuthentication authentication;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void yearlyExportsOfAMillionCountingEventsPerMunicipalityAndRegion() throws SQLException, IOException {
        assertThat(TestDatabase.isPostgresql()).as("the benchmark runs on PostgreSQL only (-Pbenchmark)").isTrue();
        clock.publishIndicatorsOf(NationalCountingHistory.LAST_YEAR);
        NationalRegions country = new NationalRegions();
        new NationalReferenceData(jdbc).insert(country);
        long start = System.nanoTime();
        new NationalCountingHistory(country).load(dataSource, EVENTS);
        double loadSeconds = (System.nanoTime() - start) / 1e9;

        BenchmarkReport report = new BenchmarkReport(jdbc, EVENTS, loadSeconds, WARM_UPS, RUNS);
        for (IndicatorRequest request : requests()) {
            report.add(measure(request));
        }
        assertEveryEventIsCounted();
        String markdown = report.markdown();
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, markdown);
        System.out.println(markdown);
    }

    private static List<IndicatorRequest> requests() {
        int from = NationalCountingHistory.FIRST_YEAR;
        int to = NationalCountingHistory.LAST_YEAR;
        return List.of(
                new IndicatorRequest(from, to, Period.YEAR, Grouping.MUNICIPALITY, null),
                new IndicatorRequest(from, to, Period.YEAR, Grouping.REGION, null),
                new IndicatorRequest(to, to, Period.YEAR, Grouping.MUNICIPALITY, null),
                new IndicatorRequest(to, to, Period.YEAR, Grouping.REGION, null));
    }

    private BenchmarkReport.Scenario measure(IndicatorRequest request) {
        CoordinatorScope everything = new CoordinatorScope(null, null);
        Timings query = time(() -> counting.run(request, everything, null));
        Timings export = time(() -> authentication.runAs(FEED, () -> indicators.export(request)));
        int rows = counting.run(request, everything, null).size();
        List<String> plan = explain(request, CountingQuery.statement(request, everything, null));
        return new BenchmarkReport.Scenario(request, rows, executionTime(plan), query, export, plan);
    }

    private Timings time(Supplier<?> action) {
        Timings timings = new Timings();
        for (int run = 0; run < WARM_UPS + RUNS; run++) {
            long start = System.nanoTime();
            assertThat(action.get()).isNotNull();
            if (run >= WARM_UPS) {
                timings.addNanos(System.nanoTime() - start);
            } else if (run == 0) {
                // The first export of a year counts and protects its whole table (then kept).
                System.out.printf(Locale.ROOT, "First run: %.1f ms%n", (System.nanoTime() - start) / 1e6);
            }
        }
        return timings;
    }

    /** The plan as the database ran it, in the settings the export uses ({@link CountingQuery#run}). */
    private List<String> explain(IndicatorRequest request, CountingQuery.Statement statement) {
        return transaction.execute(status -> {
            counting.tuneSession(request);
            return jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql()).params(statement.params())
                    .query(String.class).list();
        });
    }

    private static double executionTime(List<String> plan) {
        String line = plan.stream().filter(l -> l.startsWith("Execution Time:")).findFirst().orElseThrow();
        return Double.parseDouble(line.replaceAll("[^0-9.]", ""));
    }

    /** The export of all years per municipality accounts for every loaded discussion, unsuppressed. */
    private void assertEveryEventIsCounted() {
        IndicatorRequest all = new IndicatorRequest(NationalCountingHistory.FIRST_YEAR,
                NationalCountingHistory.LAST_YEAR, Period.YEAR, Grouping.MUNICIPALITY, null);
        long discussions = counting.run(all, new CoordinatorScope(null, null), null).stream()
                .mapToLong(CountingQuery.Counted::discussions).sum();
        assertThat(discussions).as("discussions in the export").isEqualTo(EVENTS);
        System.out.printf(Locale.ROOT, "Counted %d discussions in the export%n", discussions);
    }
}
