package nl.kansrijkestart.mdo.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the demo data is loaded ({@code mdo.demo-data.enabled}, on in the embedded default, off in
 * production). Every demo data loader asks this when it runs instead of being a bean only with the
 * setting on: the application then has the same beans with and without demo data, which the fast
 * start needs — its Spring AOT processing fixes the beans when the jar is built, while this setting
 * is chosen at each start (docs/benchmarks.md, start-up).
 */
@Component
public class DemoData {

    private final boolean enabled;

    DemoData(@Value("${mdo.demo-data.enabled:false}") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }
}
