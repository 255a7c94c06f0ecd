package nl.kansrijkestart.mdo.shared;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With {@code mdo.start-up.compact-heap=true} (bin/start-production.sh sets it): one full garbage
 * collection once the application reports itself ready. The start leaves much behind that is no
 * longer used (Flyway's migrations, Hibernate's boot model, the demo data written), and the heap
 * grew to hold it; the serial collector gives the heap back to the system only after a full
 * collection, so without it an idle application keeps that memory until its first full collection,
 * which may never come (docs/benchmarks.md, start-up). Runs once, when readiness turns UP (Spring
 * Boot reports readiness after the ready event's listeners), on a thread of its own a moment later,
 * so that its pause of a fraction of a second does not hold up the first requests of a new start.
 */
@Component
class CompactHeapWhenReady implements ApplicationListener<AvailabilityChangeEvent<ReadinessState>>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(CompactHeapWhenReady.class);

    /** Long enough for the readiness probe and the first pages after a start to be answered first. */
    private static final long DELAY_MILLIS = 3_000;

    private final boolean enabled;
    private boolean done;

    CompactHeapWhenReady(Environment environment) {
        this.enabled = environment.getProperty("mdo.start-up.compact-heap", Boolean.class, false);
    }

    @Override
    public synchronized void onApplicationEvent(AvailabilityChangeEvent<ReadinessState> event) {
        if (!enabled || done || event.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return;
        }
        done = true;
        Thread.ofPlatform().daemon().name("compact-heap-when-ready").start(CompactHeapWhenReady::compact);
    }

    private static void compact() {
        try {
            Thread.sleep(DELAY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long start = System.nanoTime();
        System.gc();
        MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        log.info("Heap compacted after the start in {} ms: {} MB used of {} MB, now {} MB of {} MB",
                (System.nanoTime() - start) / 1_000_000, mb(before.getUsed()), mb(before.getCommitted()),
                mb(after.getUsed()), mb(after.getCommitted()));
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** After every other listener of the readiness change (the readiness state itself included). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
