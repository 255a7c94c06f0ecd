package nl.kansrijkestart.mdo.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.shared.DemoDataLoader;
import nl.kansrijkestart.mdo.shared.DemoSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DEMO HISTORY, not real data: invented starts of support for indicators 8 and 12 (by the report's
 * definition) for 2024 up to yesterday across the coalition's municipalities, from a fixed seed, so
 * the coordinator sees figures for past years. Added only when no start before 2025 exists and only
 * with {@code mdo.demo-data.enabled}.
 */
@Component
@Order(42)
class DemoReferralStarts implements DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoReferralStarts.class);
    private static final long SEED = 20241201L;
    private static final int FIRST_YEAR = 2024;

    /** The kinds of indicator 8 the demo starts, with the share started before the birth. */
    private record Kind(String code, double beforeBirth, int most) {}

    private static final List<Kind> KINDS = List.of(new Kind("PRENATAL_HOME_VISIT", 1.0, 40),
            new Kind("STEVIG_OUDERSCHAP", 0.55, 25), new Kind("VOORZORG", 0.8, 14),
            new Kind("DEBT_COUNSELLING", 0.5, 20));

    private final FactStore store;
    private final RegionService regions;
    private final DemoSession session;
    private final Clock clock;

    DemoReferralStarts(FactStore store, RegionService regions, DemoSession session, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.session = session;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        if (store.anyReferralStartBefore(LocalDate.of(FIRST_YEAR + 1, 1, 1))) {
            return;
        }
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        TreeSet<String> municipalities = DemoIndicatorFacts.municipalitiesOfTheRegions(session, regions);
        for (String municipality : municipalities) {
            int typicalWait = 20 + random.nextInt(50);
            for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
                for (Kind kind : KINDS) {
                    starts(random, year, today, municipality, kind);
                }
                localTeam(random, year, today, municipality, typicalWait);
            }
        }
        log.info("Inserted invented starts of support (indicators 8 and 12) for {}–{} as demo history",
                FIRST_YEAR, today.getYear());
    }

    private void starts(Random random, int year, LocalDate today, String municipality, Kind kind) {
        int families = 2 + random.nextInt(kind.most());
        for (int i = 0; i < families; i++) {
            LocalDate day = day(random, year);
            if (day.isBefore(today)) {
                boolean before = random.nextDouble() < kind.beforeBirth();
                store.referralStart(day, municipality, before ? CaseType.PREGNANCY : CaseType.FAMILY, kind.code(),
                        before ? "BEFORE_BIRTH" : "AFTER_BIRTH", random.nextInt(120), true, false);
            }
        }
    }

    /** Support by the social team or CJG: the first start per case, with the days since registration. */
    private void localTeam(Random random, int year, LocalDate today, String municipality, int typicalWait) {
        int cases = 4 + random.nextInt(30);
        for (int i = 0; i < cases; i++) {
            LocalDate day = day(random, year);
            if (day.isBefore(today)) {
                boolean pregnant = random.nextInt(3) < 2;
                store.referralStart(day, municipality, pregnant ? CaseType.PREGNANCY : CaseType.FAMILY,
                        "SOCIAL_TEAM_SUPPORT", pregnant ? "BEFORE_BIRTH" : "AFTER_BIRTH",
                        typicalWait / 2 + random.nextInt(typicalWait * 2), true, true);
            }
        }
    }

    private static LocalDate day(Random random, int year) {
        return LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
}
