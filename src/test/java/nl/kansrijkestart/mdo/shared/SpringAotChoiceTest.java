package nl.kansrijkestart.mdo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.context.aot.AotApplicationContextInitializer;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.SpringProperties;
import org.springframework.mock.env.MockEnvironment;

/** When a start asked for Spring AOT keeps it, and when it starts the regular way instead. */
class SpringAotChoiceTest {

    /** An application whose generated initializer exists (as process-aot makes it for the real one). */
    static class Built {}

    /** The generated initializer's name: the application class's name followed by this suffix. */
    static class Built__ApplicationContextInitializer {}

    /** The generated initializer of the code for the keycloak profile (ProfileAotProcessor). */
    static class Built__KeycloakApplicationContextInitializer {}

    /** An application whose jar was built without the AOT processing. */
    static class NotBuilt {}

    @AfterEach
    void noAotSettingLeftBehind() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
    }

    @Test
    void aStartWithoutAProfileKeepsTheGeneratedCode() {
        SpringProperties.setFlag(AotDetector.AOT_ENABLED);

        choose(withProfiles(), Built.class);

        assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
    }

    @Test
    void theKeycloakProfileGetsTheCodeMadeForIt() {
        SpringProperties.setFlag(AotDetector.AOT_ENABLED);
        SpringApplication spring = choose(withProfiles("keycloak"), Built.class);

        assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
        assertThat(spring.getInitializers()).filteredOn(AotApplicationContextInitializer.class::isInstance)
                .as("the profile's own initializer, which Spring then uses instead of the one without a profile")
                .hasSize(1);
        assertThat(SpringAotChoice.initializerOf(Built.class, new String[] {"keycloak"}))
                .isEqualTo(Built__KeycloakApplicationContextInitializer.class.getName());
    }

    @Test
    void aProfileWithoutCodeOfItsOwnMeansTheRegularStart() {
        for (String[] profiles : List.of(new String[] {"regio-test"}, new String[] {"keycloak", "regio-test"})) {
            SpringProperties.setFlag(AotDetector.AOT_ENABLED);
            SpringApplication spring = choose(withProfiles(profiles), Built.class);

            assertThat(AotDetector.useGeneratedArtifacts()).as(Arrays.toString(profiles)).isFalse();
            assertThat(spring.getInitializers()).noneMatch(AotApplicationContextInitializer.class::isInstance);
        }
    }

    @Test
    void aJarWithoutTheProfilesCodeStartsTheRegularWay() {
        SpringProperties.setFlag(AotDetector.AOT_ENABLED);
        choose(withProfiles("keycloak"), NotBuilt.class);

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
    }

    @Test
    void aJarWithoutGeneratedCodeStartsTheRegularWayInsteadOfFailing() {
        SpringProperties.setFlag(AotDetector.AOT_ENABLED);

        choose(withProfiles(), NotBuilt.class);

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
    }

    @Test
    void aStartThatDidNotAskForItStaysRegularWhateverItsProfiles() {
        choose(withProfiles("keycloak"), Built.class);

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
        assertThat(SpringProperties.getProperty(AotDetector.AOT_ENABLED)).as("left as it was").isNull();
    }

    private static MockEnvironment withProfiles(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }

    private static SpringApplication choose(MockEnvironment environment, Class<?> application) {
        SpringApplication spring = new SpringApplication(application);
        spring.setMainApplicationClass(application);
        new SpringAotChoice(new DeferredLogs()).postProcessEnvironment(environment, spring);
        return spring;
    }
}
