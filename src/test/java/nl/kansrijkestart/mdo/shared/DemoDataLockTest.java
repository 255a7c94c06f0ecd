package nl.kansrijkestart.mdo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.annotation.Order;

/** The demo data is loaded only with the setting on, by every module's loader in order, inside the lock. */
class DemoDataLockTest {

    private final List<String> calls = new ArrayList<>();
    private boolean held;
    private int taken;

    private final LockProvider locks = configuration -> {
        taken++;
        held = true;
        SimpleLock lock = () -> held = false;
        return Optional.of(lock);
    };

    @Test
    void withTheSettingOnEveryLoaderRunsInItsOrderWhileTheLockIsHeldAndTheLockIsFreedAfterwards() throws Exception {
        try (AnnotationConfigApplicationContext loaders = loaders(Later.class, Earlier.class)) {
            new DemoDataLock(true, locks, loaders.getBeanProvider(DemoDataLoader.class))
                    .run(new DefaultApplicationArguments());
        }

        assertThat(calls).containsExactly("earlier, locked", "later, locked");
        assertThat(held).as("freed").isFalse();
    }

    @Test
    void withTheSettingOffNoLoaderRunsAndNoLockIsTaken() throws Exception {
        try (AnnotationConfigApplicationContext loaders = loaders(Later.class, Earlier.class)) {
            new DemoDataLock(false, locks, loaders.getBeanProvider(DemoDataLoader.class))
                    .run(new DefaultApplicationArguments());
        }

        assertThat(calls).isEmpty();
        assertThat(taken).isZero();
    }

    @Test
    void aLoaderThatFailsStopsTheStartButFreesTheLockForTheOtherNodes() {
        try (AnnotationConfigApplicationContext loaders = loaders(Failing.class, Later.class)) {
            assertThatThrownBy(() -> new DemoDataLock(true, locks, loaders.getBeanProvider(DemoDataLoader.class))
                    .run(new DefaultApplicationArguments())).hasMessage("demo data refused");
        }

        assertThat(calls).as("the later loader does not run").isEmpty();
        assertThat(held).as("freed").isFalse();
    }

    private AnnotationConfigApplicationContext loaders(Class<?>... types) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(DemoDataLockTest.class, () -> this);
        context.register(types);
        context.refresh();
        return context;
    }

    private void called(String loader) {
        calls.add(loader + (held ? ", locked" : ", not locked"));
    }

    @Order(10)
    static class Earlier implements DemoDataLoader {
        private final DemoDataLockTest test;

        Earlier(DemoDataLockTest test) {
            this.test = test;
        }

        @Override
        public void load() {
            test.called("earlier");
        }
    }

    @Order(20)
    static class Later implements DemoDataLoader {
        private final DemoDataLockTest test;

        Later(DemoDataLockTest test) {
            this.test = test;
        }

        @Override
        public void load() {
            test.called("later");
        }
    }

    @Order(5)
    static class Failing implements DemoDataLoader {
        @Override
        public void load() {
            throw new IllegalStateException("demo data refused");
        }
    }
}
