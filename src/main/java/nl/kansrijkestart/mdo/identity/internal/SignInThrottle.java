package nl.kansrijkestart.mdo.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import nl.kansrijkestart.mdo.identity.SignInThrottledException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords per source address, as Bucket4j token buckets: each wrong password takes a
 * token, tokens come back evenly over the window. With the bucket empty, sign-ins from that
 * address are refused before any password is checked, for every account, so that trying one
 * password on many accounts (which the per-account lock does not see) is slowed down as well.
 * Right passwords cost nothing: busy API clients with valid credentials are never throttled.
 * Buckets live in a bounded cache and are dropped when an address has been quiet for the window.
 */
@Component
class SignInThrottle {

    private final Cache<String, Bucket> buckets;
    private final Bandwidth allowance;
    private final TimeMeter time;

    SignInThrottle(Clock clock,
            @Value("${mdo.security.failed-sign-ins-per-address:100}") int perAddress,
            @Value("${mdo.security.failed-sign-ins-window:PT10M}") Duration window) {
        this.allowance = Bandwidth.builder().capacity(perAddress).refillGreedy(perAddress, window).build();
        this.time = new ClockTime(clock);
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window).build();
    }

    /** Refuses when the address has used up its wrong passwords. */
    void refuseWhenExhausted(String address) {
        Bucket bucket = buckets.getIfPresent(address);
        if (bucket != null && bucket.getAvailableTokens() < 1) {
            long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
            throw new SignInThrottledException(address, Duration.ofNanos(nanos).withNanos(0).plusSeconds(1));
        }
    }

    /** A wrong password from {@code address}. */
    void failed(String address) {
        buckets.get(address, unused -> Bucket.builder().addLimit(allowance).withCustomTimePrecision(time).build())
                .tryConsume(1);
    }

    /** Bucket4j on the application's clock, so a test can move time on. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
