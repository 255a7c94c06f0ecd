package nl.kansrijkestart.mdo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.SpringProperties;
import org.springframework.mock.env.MockEnvironment;

/** When a start asked for Spring AOT keeps it, and when it starts the regular way instead. */
class SpringAotChoiceTest {

    /** An application whose generated initializer exists (as process-aot makes it for the real one). */
    static class Built {}

    /** The generated initializer's name: the application class's name followed by this suffix. */
    static class Built__ApplicationContextInitializer {}

    /** An application whose jar was built without the AOT processing. */
    static class NotBuilt {}

    @AfterEach
    void noAotSettingLeftBehind() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
    }

    @Test
    void aStartWithoutAProfileKeepsTheGeneratedCode() {
        SpringProperties.setFlag(AotDetector.AOT_ENABLED);

        choose(new MockEnvironment(), Built.class);

        assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
    }

    @Test
    void aProfileFromAnySourceMeansTheRegularStart() {
        SpringProperties.setFlag(AotDetector.AOT_ENABLED);
        MockEnvironment keycloak = new MockEnvironment();
        keycloak.setActiveProfiles("keycloak");

        choose(keycloak, Built.class);

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
    }

    @Test
    void aJarWithoutGeneratedCodeStartsTheRegularWayInsteadOfFailing() {
        SpringProperties.setFlag(AotDetector.AOT_ENABLED);

        choose(new MockEnvironment(), NotBuilt.class);

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
    }

    @Test
    void aStartThatDidNotAskForItStaysRegularWhateverItsProfiles() {
        MockEnvironment keycloak = new MockEnvironment();
        keycloak.setActiveProfiles("keycloak");

        choose(keycloak, Built.class);

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
        assertThat(SpringProperties.getProperty(AotDetector.AOT_ENABLED)).as("left as it was").isNull();
    }

    private static void choose(MockEnvironment environment, Class<?> application) {
        SpringApplication spring = new SpringApplication(application);
        spring.setMainApplicationClass(application);
        new SpringAotChoice(new DeferredLogs()).postProcessEnvironment(environment, spring);
    }
}
