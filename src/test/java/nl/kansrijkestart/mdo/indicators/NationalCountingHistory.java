package nl.kansrijkestart.mdo.indicators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Invented counting events at national scale for the benchmark, written with PostgreSQL's COPY
 * (never through JPA one by one). Discussions grow from 2015 to 2026 as the programme spread;
 * each invented case gets a token per year and one to four discussions that year, mostly in one
 * meeting type. A fixed seed makes every run load the same events.
 */
final class NationalCountingHistory {

    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2026;
    private static final long SEED = 20150101L;
    private static final int ROWS_PER_WRITE = 20_000;

    private final NationalRegions country;
    private final Random random = new Random(SEED);
    private final double[] cumulativeYearWeight = new double[LAST_YEAR - FIRST_YEAR + 1];

    NationalCountingHistory(NationalRegions country) {
        this.country = country;
        double total = 0;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            total += 1 + 0.6 * (year - FIRST_YEAR);
            cumulativeYearWeight[year - FIRST_YEAR] = total;
        }
        for (int i = 0; i < cumulativeYearWeight.length; i++) {
            cumulativeYearWeight[i] /= total;
        }
    }

    /** Loads {@code count} events and their regions, then vacuums and analyses both tables. */
    void load(DataSource dataSource, int count) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            PGConnection postgres = connection.unwrap(PGConnection.class);
            CopyIn events = postgres.getCopyAPI().copyIn("COPY counting_event (id, period_date, recorded_on,"
                    + " period_year, municipality_code, meeting_type, case_type, anonymous, token) FROM STDIN (FORMAT csv)");
            StringBuilder eventRows = new StringBuilder();
            StringBuilder regionRows = new StringBuilder();
            long id = 0;
            while (id < count) {
                id = inventCase(id, count, eventRows, regionRows);
                if (eventRows.length() > ROWS_PER_WRITE * 80) {
                    write(events, eventRows);
                }
            }
            write(events, eventRows);
            events.endCopy();
            CopyIn regions = postgres.getCopyAPI()
                    .copyIn("COPY counting_event_region (counting_event_id, region_code, period_date, recorded_on,"
                            + " period_year, municipality_code, meeting_type, case_type, token) FROM STDIN (FORMAT csv)");
            write(regions, regionRows);
            regions.endCopy();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE counting_event ALTER COLUMN id RESTART WITH " + (count + 1));
            }
            connection.commit();
            connection.setAutoCommit(true);
            // A freshly loaded table has no visibility map yet: without VACUUM every index-only scan
            // would visit the heap, which autovacuum soon makes unnecessary in a running database.
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE counting_event");
                statement.execute("VACUUM ANALYZE counting_event_region");
            }
        }
    }

    /** One invented case in one year: its discussions from id + 1 on; returns the last id used. */
    private long inventCase(long id, int count, StringBuilder eventRows, StringBuilder regionRows) {
        int year = yearAt(random.nextDouble());
        String municipality = country.municipalityAt(random.nextDouble());
        boolean pregnancy = random.nextInt(10) < 6;
        String meetingType = meetingType(pregnancy);
        boolean anonymous = random.nextInt(100) < 8;
        String token = new UUID(random.nextLong(), random.nextLong()).toString();
        int discussions = discussions();
        long last = id;
        for (int i = 0; i < discussions && last < count; i++) {
            last++;
            LocalDate date = LocalDate.ofYearDay(year, 1 + random.nextInt(365));
            String type = random.nextInt(5) == 0 ? meetingType(pregnancy) : meetingType;
            String caseType = pregnancy ? "PREGNANCY" : "FAMILY";
            // Recorded on the day of the discussion, as history (V091).
            eventRows.append(last).append(',').append(date).append(',').append(date).append(',')
                    .append(year).append(',')
                    .append(municipality).append(',')
                    .append(type).append(',').append(caseType).append(',')
                    .append(anonymous).append(',').append(token).append('\n');
            // Region rows carry the event's columns and year, as CountingEvent writes them (V056, V057).
            for (String region : country.regionsOf(municipality)) {
                regionRows.append(last).append(',').append(region).append(',').append(date).append(',')
                        .append(date).append(',').append(year).append(',')
                        .append(municipality).append(',').append(type).append(',').append(caseType).append(',')
                        .append(token).append('\n');
            }
        }
        return last;
    }

    private int yearAt(double uniform) {
        int index = 0;
        while (cumulativeYearWeight[index] <= uniform) {
            index++;
        }
        return FIRST_YEAR + index;
    }

    /** Pregnant women mostly in the MDO Kwetsbaar Zwanger and the POP-overleg, families in the neighbourhood. */
    private String meetingType(boolean pregnancy) {
        int draw = random.nextInt(100);
        if (pregnancy) {
            return draw < 55 ? "MDO_VULNERABLE_PREGNANCY" : draw < 85 ? "POP"
                    : draw < 95 ? "NEIGHBOURHOOD_NETWORK" : "BREAKTHROUGH_TEAM";
        }
        return draw < 25 ? "MDO_VULNERABLE_PREGNANCY" : draw < 85 ? "NEIGHBOURHOOD_NETWORK" : "BREAKTHROUGH_TEAM";
    }

    /** Discussions of one case in one year: 1 (60%), 2 (25%), 3 (10%) or 4 (5%). */
    private int discussions() {
        int draw = random.nextInt(100);
        return draw < 60 ? 1 : draw < 85 ? 2 : draw < 95 ? 3 : 4;
    }

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }
}
