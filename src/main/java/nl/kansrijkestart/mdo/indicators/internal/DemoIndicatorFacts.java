package nl.kansrijkestart.mdo.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import nl.kansrijkestart.mdo.shared.DemoDataLoader;
import nl.kansrijkestart.mdo.shared.DemoSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DEMO HISTORY, not real data: invented facts for indicators 6, 10 and 12 for 2024 up to today
 * across the coalition's municipalities, so the coordinator's screen shows figures. Each
 * municipality gets its own rates (validated instruments, social-domain case directors, days
 * waited) from a fixed seed, so every demo start shows the same figures. Added only when no fact
 * of 2024 exists and only with {@code mdo.demo-data.enabled}.
 */
@Component
@Order(41)
class DemoIndicatorFacts implements DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoIndicatorFacts.class);
    private static final long SEED = 20240612L;
    private static final int FIRST_YEAR = 2024;

    private final FactStore store;
    private final RegionService regions;
    private final DemoSession session;
    private final Clock clock;

    DemoIndicatorFacts(FactStore store, RegionService regions, DemoSession session, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.session = session;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        if (store.anyBefore(LocalDate.of(FIRST_YEAR + 1, 1, 1))) {
            return;
        }
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        TreeSet<String> municipalities = municipalitiesOfTheRegions(session, regions);
        for (String municipality : municipalities) {
            double validated = 0.5 + random.nextDouble() * 0.45;
            double social = 0.3 + random.nextDouble() * 0.5;
            int typicalWait = 10 + random.nextInt(40);
            for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
                assessments(random, year, today, municipality, validated);
                discussions(random, year, today, municipality, social, typicalWait);
            }
        }
        log.info("Inserted invented facts of indicators 6, 10 and 12 for {}–{} as demo history; see README.md",
                FIRST_YEAR, today.getYear());
    }

    private void assessments(Random random, int year, LocalDate today, String municipality, double validated) {
        int results = 12 + random.nextInt(60);
        for (int i = 0; i < results; i++) {
            LocalDate day = day(random, year);
            Discipline by = random.nextInt(5) == 0 ? Discipline.JGZ : Discipline.MIDWIFE;
            if (day.isBefore(today)) {
                store.assessment(day, municipality, type(random), by, random.nextDouble() < validated);
            }
        }
    }

    /** Invented cases discussed once or twice; a first discussion for most, with the days waited. */
    private void discussions(Random random, int year, LocalDate today, String municipality, double social,
            int typicalWait) {
        int cases = 8 + random.nextInt(40);
        for (int i = 0; i < cases; i++) {
            String token = new UUID(random.nextLong(), random.nextLong()).toString();
            CaseType type = type(random);
            boolean director = random.nextDouble() < social;
            LocalDate first = day(random, year);
            if (!first.isBefore(today)) {
                continue;
            }
            store.discussion(first, municipality, type, token, director);
            if (random.nextInt(4) > 0) {
                store.firstDiscussion(first, municipality, type, typicalWait / 2 + random.nextInt(typicalWait * 2));
            }
            LocalDate again = first.plusWeeks(4 + random.nextInt(8));
            if (random.nextBoolean() && again.getYear() == year && again.isBefore(today)) {
                store.discussion(again, municipality, type, token, director || random.nextBoolean());
            }
        }
    }

    private static LocalDate day(Random random, int year) {
        return LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static CaseType type(Random random) {
        return random.nextInt(3) < 2 ? CaseType.PREGNANCY : CaseType.FAMILY;
    }

    /** The demo history's municipalities: those of every defined region, in code order. */
    static TreeSet<String> municipalitiesOfTheRegions(DemoSession session, RegionService regions) {
        TreeSet<String> municipalities = new TreeSet<>();
        session.as("coordinator", regions::regions).stream().map(RegionSummary::allMunicipalityCodes)
                .forEach(municipalities::addAll);
        return municipalities;
    }
}
