package nl.kansrijkestart.mdo.shared;

import java.util.Arrays;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.aot.AotApplicationContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Decides, once the active profiles are known, whether and how this start uses the Spring AOT code
 * made when the jar was built (bin/start-production.sh asks for it with {@code -Dspring.aot.enabled=true};
 * docs/benchmarks.md, start-up). That code fixes the application's beans as they are with the
 * profiles it was made for: the build makes one set without a profile (spring-boot-maven-plugin,
 * process-aot) and one per installation profile ({@link ProfileAotProcessor}, {@code keycloak}),
 * whose classes carry the profile in their names. A start without a profile keeps Spring's own
 * choice (the set without a profile); a start with exactly one profile that has a set gets that set;
 * any other start (other profiles, several, or a jar without the code) starts the regular way, its
 * beans found at run time, and says so in its log. Runs after Spring Boot has read the configuration
 * (profiles from every source: environment, arguments, configuration files) and before the
 * application context is made, which is where Spring reads the setting.
 */
public class SpringAotChoice implements EnvironmentPostProcessor, Ordered {

    /** The profiles the build makes Spring AOT code for besides none (pom.xml, ProfileAotProcessor). */
    static final Set<String> PROFILES_WITH_CODE = Set.of("keycloak");

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
        if (main == null) {
            regularStart("no main class to find its Spring AOT code by");
            return;
        }
        String initializer = initializerOf(main, active);
        if (initializer == null) {
            regularStart("the jar's Spring AOT code was made without a profile and for each of "
                    + PROFILES_WITH_CODE + " alone, and profiles " + Arrays.toString(active) + " are active");
        } else if (!ClassUtils.isPresent(initializer, application.getClassLoader())) {
            regularStart("this jar has no Spring AOT code " + (active.length == 0 ? "" : "for profile " + active[0] + " ")
                    + "(built with spring-boot.aot.skip?)");
        } else if (active.length == 1) {
            log.info("Starting with the Spring AOT code of profile " + active[0]);
            application.addInitializers(AotApplicationContextInitializer.forInitializerClasses(initializer));
        }
    }

    /** The class that starts the AOT code for these profiles, or null when the build made none for them. */
    static @Nullable String initializerOf(Class<?> main, String[] active) {
        if (active.length == 0) {
            return main.getName() + "__ApplicationContextInitializer";
        }
        if (active.length == 1 && PROFILES_WITH_CODE.contains(active[0])) {
            return main.getName() + "__" + ProfileAotProcessor.namePrefix(active[0]) + "ApplicationContextInitializer";
        }
        return null;
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
