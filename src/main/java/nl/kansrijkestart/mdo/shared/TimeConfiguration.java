package nl.kansrijkestart.mdo.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** All code takes the current time from this clock, so tests can fix it. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** Meetings, due dates and indicator periods are Dutch calendar dates. */
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
