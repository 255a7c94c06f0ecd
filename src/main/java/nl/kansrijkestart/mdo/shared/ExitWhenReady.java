package nl.kansrijkestart.mdo.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training run of the JDK's AOT cache (bin/start-production.sh, docs/benchmarks.md): with
 * {@code mdo.exit-when-ready=true} the application starts completely (migrations, demo data, web
 * server), reports itself ready and then shuts down cleanly, so that the JVM writes what it has
 * loaded and linked during a whole start into the cache the next starts read. Never set in a normal
 * run.
 */
@Component
class ExitWhenReady implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ExitWhenReady.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        if (!environment.getProperty("mdo.exit-when-ready", Boolean.class, false)) {
            return;
        }
        log.info("Ready; stopping as asked (mdo.exit-when-ready)");
        System.exit(SpringApplication.exit(event.getApplicationContext()));
    }
}
