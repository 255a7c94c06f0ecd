package nl.kansrijkestart.mdo.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The demo data loaders of every module (application runners ordered 10 to 41) run inside one
 * cluster-wide lock, so two nodes that start together on one database do not both find it empty
 * and load the demo data twice. A node that finds the lock taken waits for it, and then finds the
 * data in place: it reports itself ready only once the demo data is there, like a single node. A
 * node that dies while loading frees the lock after {@link #AT_MOST}.
 */
@Component
class DemoDataLock {

    static final String NAME = "demo-data";
    private static final Duration AT_MOST = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Logger log = LoggerFactory.getLogger(DemoDataLock.class);

    private final LockProvider locks;
    private final DemoData demoData;
    private @Nullable SimpleLock held;

    DemoDataLock(LockProvider locks, DemoData demoData) {
        this.locks = locks;
        this.demoData = demoData;
    }

    void take() throws InterruptedException {
        if (!demoData.enabled()) {
            return;
        }
        Instant deadline = Instant.now().plus(AT_MOST);
        boolean waited = false;
        while (true) {
            Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), NAME, AT_MOST, Duration.ZERO));
            if (lock.isPresent()) {
                held = lock.get();
                return;
            }
            if (!waited) {
                log.info("Another node is loading the demo data; waiting for it");
                waited = true;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The demo data lock stayed taken for " + AT_MOST);
            }
            Thread.sleep(POLL);
        }
    }

    void release() {
        if (held != null) {
            held.unlock();
            held = null;
        }
    }

    /** Runs before the first demo data loader. */
    @Component
        static class Take implements ApplicationRunner, Ordered {
        private final DemoDataLock lock;

        Take(DemoDataLock lock) {
            this.lock = lock;
        }

        @Override
        public void run(ApplicationArguments args) throws InterruptedException {
            lock.take();
        }

        @Override
        public int getOrder() {
            return 0;
        }
    }

    /** Runs after the last demo data loader. */
    @Component
        static class Release implements ApplicationRunner, Ordered {
        private final DemoDataLock lock;

        Release(DemoDataLock lock) {
            this.lock = lock;
        }

        @Override
        public void run(ApplicationArguments args) {
            lock.release();
        }

        @Override
        public int getOrder() {
            return 1000;
        }
    }
}
