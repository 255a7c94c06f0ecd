package nl.kansrijkestart.mdo.indicators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The benchmark's findings as Markdown, ready to be copied into docs/benchmarks.md. */
final class BenchmarkReport {

    private final JdbcClient jdbc;
    private final int events;
    private final double loadSeconds;
    private final int warmUps;
    private final int runs;
    private final List<Scenario> scenarios = new ArrayList<>();

    BenchmarkReport(JdbcClient jdbc, int events, double loadSeconds, int warmUps, int runs) {
        this.jdbc = jdbc;
        this.events = events;
        this.loadSeconds = loadSeconds;
        this.warmUps = warmUps;
        this.runs = runs;
    }

    void add(Scenario scenario) {
        scenarios.add(scenario);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Indicator 7 benchmark\n\n");
        md.append(machine()).append('\n');
        md.append(String.format(Locale.ROOT, "%d counting events with %d region rows loaded in %.1f s (COPY,"
                + " then VACUUM ANALYZE). %d warm-up and %d measured runs per step; times in ms.%n%n", events,
                count("counting_event_region"), loadSeconds, warmUps, runs));
        md.append("| export | rows | grouped query via CountingQuery: median | p90 | min | max | full export incl."
                + " suppression: median | p90 | min | max | export / query | server time in the plan |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Scenario s : scenarios) {
            md.append("| ").append(s.label()).append(" | ").append(s.rows()).append(" | ").append(s.query().cells())
                    .append(" | ").append(s.export().cells())
                    .append(String.format(Locale.ROOT, " | %.2f | %.0f |%n", s.export().median() / s.query().median(),
                            s.serverMillis()));
        }
        md.append("\n## Indexes\n\n```\n");
        jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename IN ('counting_event', 'counting_event_region')"
                + " ORDER BY tablename, indexname").query(String.class).list()
                .forEach(index -> md.append(index).append('\n'));
        md.append("```\n");
        for (Scenario s : scenarios) {
            md.append("\n## Plan: ").append(s.label()).append("\n\n```\n");
            s.plan().forEach(line -> md.append(line).append('\n'));
            md.append("```\n");
        }
        return md.toString();
    }

    private String machine() {
        String version = jdbc.sql("SELECT version()").query(String.class).single();
        String settings = String.join(", ", jdbc.sql("""
                SELECT name || '=' || current_setting(name) FROM pg_settings
                WHERE name IN ('shared_buffers', 'work_mem', 'hash_mem_multiplier', 'max_parallel_workers_per_gather',
                               'jit', 'random_page_cost', 'effective_cache_size')
                ORDER BY name""").query(String.class).list());
        String sizes = jdbc.sql("""
                SELECT 'counting_event ' || pg_size_pretty(pg_total_relation_size('counting_event'))
                    || ', counting_event_region ' || pg_size_pretty(pg_total_relation_size('counting_event_region'))
                """).query(String.class).single();
        return String.format(Locale.ROOT, "- Machine: %d cores as seen by the JVM (%s), Java %s; load average at the"
                + " end %s%n- %s%n- Settings: %s%n- Sizes incl. indexes: %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"), loadAverage(), version, settings, sizes);
    }

    /** Other work on the machine slows every timing down; /proc/loadavg says how much there was. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** One request, measured three ways, with its plan. */
    record Scenario(IndicatorRequest request, int rows, double serverMillis, Timings query, Timings export,
            List<String> plan) {

        String label() {
            String years = request.fromYear() == request.toYear() ? String.valueOf(request.fromYear())
                    : request.fromYear() + "–" + request.toYear();
            return "per " + request.grouping().name().toLowerCase(Locale.ROOT) + ", " + years + " by year";
        }
    }
}
