package nl.kansrijkestart.mdo.indicators.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.shared.DemoDataLoader;
import nl.kansrijkestart.mdo.shared.DemoSession;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.meetings.MeetingType;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DEMO HISTORY, not real data: the demo has no discussed meetings in past years, so without this
 * the coordinator's indicator screen would be empty. On an empty counting table it inserts
 * invented counting events for 2024 up to today across the coalition's municipalities — both case
 * types, MDO and POP, several discussions of some cases — with tokens from a fixed seed, so every
 * demo start shows the same figures. No case holds these tokens. Only with
 * {@code mdo.demo-data.enabled}. Written in two JDBC batches (the events, then their region rows with
 * the same copied columns as {@link CountingEvent} gives them), not row by row through JPA: a few
 * thousand rows are a noticeable part of a first start otherwise.
 */
@Component
@Order(40)
class DemoCountingHistory implements DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoCountingHistory.class);
    private static final long SEED = 20240101L;
    private static final int FIRST_YEAR = 2024;
    /** Cases discussed per year in a municipality: from a few (suppressed) to several dozen. */
    private static final int MOST_CASES = 40;

    private final CountingEventRepository events;
    private final RegionService regions;
    private final DemoSession session;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    DemoCountingHistory(CountingEventRepository events, RegionService regions, DemoSession session,
            Clock clock, JdbcTemplate jdbc) {
        this.events = events;
        this.regions = regions;
        this.session = session;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void load() {
        if (events.count() > 0) {
            return;
        }
        Map<String, Set<String>> regionsOf = regionsByMunicipality();
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        List<DemoEvent> history = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            for (var municipality : regionsOf.entrySet()) {
                int cases = 2 + random.nextInt(MOST_CASES);
                for (int i = 0; i < cases; i++) {
                    history.addAll(discussions(random, year, today, municipality.getKey(), municipality.getValue()));
                }
            }
        }
        insert(history);
        log.info("Inserted {} invented counting events for {}–{} as demo history; see README.md", history.size(),
                FIRST_YEAR, today.getYear());
    }

    /** One invented case's discussions in a year: one to three, in one meeting type. */
    private static List<DemoEvent> discussions(Random random, int year, LocalDate today, String municipality,
            Set<String> regionCodes) {
        boolean pregnancy = random.nextInt(3) < 2;
        MeetingType type = pregnancy && random.nextBoolean() ? MeetingType.POP : MeetingType.MDO_VULNERABLE_PREGNANCY;
        String token = new UUID(random.nextLong(), random.nextLong()).toString();
        int times = 1 + random.nextInt(3);
        List<DemoEvent> discussed = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            if (date.isBefore(today)) {
                discussed.add(new DemoEvent(date, municipality, regionCodes, type,
                        pregnancy ? CaseType.PREGNANCY : CaseType.FAMILY, random.nextInt(10) == 0, token));
            }
        }
        return discussed;
    }

    /** One invented discussion, recorded on its own day, as {@link CountingEvent} would store it. */
    private record DemoEvent(LocalDate date, String municipality, Set<String> regionCodes, MeetingType meetingType,
            CaseType caseType, boolean anonymous, String token) {}

    /** The events in one batch (their identities from the database), then all their region rows in one. */
    private void insert(List<DemoEvent> history) {
        List<Long> ids = jdbc.execute((Connection connection) -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO counting_event (period_date, "
                    + "period_year, recorded_on, municipality_code, meeting_type, case_type, anonymous, token) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                for (DemoEvent event : history) {
                    insert.setDate(1, Date.valueOf(event.date()));
                    insert.setInt(2, event.date().getYear());
                    insert.setDate(3, Date.valueOf(event.date()));
                    insert.setString(4, event.municipality());
                    insert.setString(5, event.meetingType().name());
                    insert.setString(6, event.caseType().name());
                    insert.setBoolean(7, event.anonymous());
                    insert.setString(8, event.token());
                    insert.addBatch();
                }
                insert.executeBatch();
                List<Long> generated = new ArrayList<>(history.size());
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        generated.add(keys.getLong(1));
                    }
                }
                return generated;
            }
        });
        if (ids == null || ids.size() != history.size()) {
            throw new IllegalStateException("The database returned " + (ids == null ? 0 : ids.size())
                    + " identities for " + history.size() + " demo counting events");
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            DemoEvent event = history.get(i);
            for (String region : event.regionCodes()) {
                rows.add(new Object[] {ids.get(i), region, Date.valueOf(event.date()), event.date().getYear(),
                        Date.valueOf(event.date()), event.municipality(), event.meetingType().name(),
                        event.caseType().name(), event.token()});
            }
        }
        jdbc.batchUpdate("INSERT INTO counting_event_region (counting_event_id, region_code, period_date, period_year, "
                + "recorded_on, municipality_code, meeting_type, case_type, token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    /** Every municipality of a region with the regions (at any depth) that hold it today. */
    private Map<String, Set<String>> regionsByMunicipality() {
        List<RegionSummary> all = asCoordinator();
        return all.stream().flatMap(region -> region.allMunicipalityCodes().stream())
                .distinct().sorted()
                .collect(Collectors.toMap(code -> code, code -> all.stream()
                        .filter(region -> region.allMunicipalityCodes().contains(code))
                        .map(RegionSummary::code).collect(Collectors.toSet()),
                        (a, b) -> a, TreeMap::new));
    }

    /** The region list needs a signed-in caller; the demo coordinator reads it. */
    private List<RegionSummary> asCoordinator() {
        return session.as("coordinator", regions::regions);
    }
}
