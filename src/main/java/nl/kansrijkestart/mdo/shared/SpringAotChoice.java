package nl.kansrijkestart.mdo.shared;

import java.util.Arrays;
import org.apache.commons.logging.Log;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Decides, once the active profiles are known, whether this start may use the Spring AOT code made
 * when the jar was built (bin/start-production.sh asks for it with {@code -Dspring.aot.enabled=true};
 * docs/benchmarks.md, start-up). That code fixes the application's beans as they are without a
 * profile: with the {@code keycloak} profile (or any other) it would start the local sign-in instead
 * of Keycloak's. So with a profile active, or without the generated code in the jar, the application
 * starts the regular way (its beans found at run time) and says so in its log; without a profile it
 * keeps the AOT start. Runs after Spring Boot has read the configuration (profiles from every source:
 * environment, arguments, configuration files) and before the application context is made, which is
 * where Spring reads the setting.
 */
public class SpringAotChoice implements EnvironmentPostProcessor, Ordered {

    /** The profiles the build's AOT processing ran with (none: spring-boot-maven-plugin, process-aot). */
    static final String[] BUILT_FOR = {};

    private final Log log;

    public SpringAotChoice(DeferredLogFactory logs) {
        this.log = logs.getLog(SpringAotChoice.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        String[] active = environment.getActiveProfiles();
        Class<?> main = application.getMainApplicationClass();
        String initializer = main == null ? null : main.getName() + "__ApplicationContextInitializer";
        if (initializer == null || !ClassUtils.isPresent(initializer, application.getClassLoader())) {
            regularStart("this jar has no Spring AOT code (built with spring-boot.aot.skip?)");
        } else if (!Arrays.equals(active, BUILT_FOR)) {
            regularStart("the jar's Spring AOT code was made without a profile and profiles "
                    + Arrays.toString(active) + " are active");
        }
    }

    private void regularStart(String why) {
        log.info("Starting without Spring AOT: " + why);
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
    }

    /** After Spring Boot's own post-processors, among them the one that reads the configuration files. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
