package nl.kansrijkestart.mdo.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests against real servers, which cannot be told what time it is:
 * it runs on real time until a test moves it ahead, for example past a token's expiry.
 */
@TestComponent
@Primary
public class AdjustableClock extends Clock {

    private final Clock real = Clock.system(ZoneId.of("Europe/Amsterdam"));
    private volatile Duration ahead = Duration.ZERO;

    public void runAhead(Duration duration) {
        ahead = duration;
    }

    /** Moves the clock to {@code moment}, and runs on from there. */
    public void runTo(Instant moment) {
        ahead = Duration.between(real.instant(), moment);
    }

    /**
     * Moves the clock to noon on the day a year of the indicators is published (1 February of the
     * next year), unless it is already later: a test reads the figures of its own future years so.
     */
    public void publishIndicatorsOf(int year) {
        Instant published = LocalDate.of(year + 1, 2, 1).atTime(12, 0).atZone(getZone()).toInstant();
        if (instant().isBefore(published)) {
            runTo(published);
        }
    }

    public void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(real.withZone(zone), ahead);
    }

    @Override
    public Instant instant() {
        return real.instant().plus(ahead);
    }
}
