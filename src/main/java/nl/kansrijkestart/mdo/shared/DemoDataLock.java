package nl.kansrijkestart.mdo.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data at start-up when {@code mdo.demo-data.enabled} is on (the embedded default;
 * off in production): the {@link DemoDataLoader}s of every module, in their order, inside one
 * cluster-wide lock, so two nodes that start together on one database do not both find it empty
 * and load the demo data twice. A node that finds the lock taken waits for it, and then finds the
 * data in place: it reports itself ready only once the demo data is there, like a single node. A
 * node that dies while loading frees the lock after {@link #AT_MOST}.
 *
 * <p>The setting is read here, at run time, rather than as a condition on the loaders' beans: the
 * application then has the same beans with and without demo data, which the fast start needs — its
 * Spring AOT code fixes the beans when the jar is built (docs/benchmarks.md, start-up).
 */
@Component
@Order(0)
class DemoDataLock implements ApplicationRunner {

    static final String NAME = "demo-data";
    private static final Duration AT_MOST = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Logger log = LoggerFactory.getLogger(DemoDataLock.class);

    private final boolean enabled;
    private final LockProvider locks;
    private final ObjectProvider<DemoDataLoader> loaders;

    DemoDataLock(@Value("${mdo.demo-data.enabled:false}") boolean enabled, LockProvider locks,
            ObjectProvider<DemoDataLoader> loaders) {
        this.enabled = enabled;
        this.locks = locks;
        this.loaders = loaders;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (!enabled) {
            return;
        }
        List<DemoDataLoader> inOrder = loaders.orderedStream().toList();
        SimpleLock held = take();
        try {
            inOrder.forEach(DemoDataLoader::load);
        } finally {
            held.unlock();
        }
    }

    private SimpleLock take() throws InterruptedException {
        Instant deadline = Instant.now().plus(AT_MOST);
        boolean waited = false;
        while (true) {
            Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), NAME, AT_MOST, Duration.ZERO));
            if (lock.isPresent()) {
                return lock.get();
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
}
