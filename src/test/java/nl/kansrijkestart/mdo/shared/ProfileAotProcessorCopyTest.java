package nl.kansrijkestart.mdo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the Spring AOT classes of a profile join the build's classes folder, which already holds
 * the code without a profile (and, in a build without {@code clean}, the profile's classes of the
 * build before).
 */
class ProfileAotProcessorCopyTest {

    private static final String PACKAGE = "nl/kansrijkestart/mdo/identity/internal/";

    @TempDir Path generated;
    @TempDir Path classes;

    @Test
    void theProfilesOwnClassesReplaceThoseOfAnEarlierBuildAndNewClassesAreAdded() throws IOException {
        write(classes, "SecurityConfiguration__KeycloakBeanDefinitions.class", "earlier build");
        write(generated, "SecurityConfiguration__KeycloakBeanDefinitions.class", "this build");
        write(generated, "KeycloakOnly__KeycloakBeanDefinitions$1.class", "new");
        write(generated, "OnlyInTheProfile.class", "a class the code without a profile does not have");

        ProfileAotProcessor.copy(generated, classes, "keycloak");

        assertThat(read(classes, "SecurityConfiguration__KeycloakBeanDefinitions.class")).isEqualTo("this build");
        assertThat(read(classes, "KeycloakOnly__KeycloakBeanDefinitions$1.class")).isEqualTo("new");
        assertThat(read(classes, "OnlyInTheProfile.class")).isEqualTo("a class the code without a profile does not have");
    }

    @Test
    void aCglibSubclassOfTheCodeWithoutAProfileStaysAsItIs() throws IOException {
        write(classes, "CaseService$$SpringCGLIB$$0.class", "members in the order of the first set");
        write(generated, "CaseService$$SpringCGLIB$$0.class", "the same members in another order");

        ProfileAotProcessor.copy(generated, classes, "keycloak");

        assertThat(read(classes, "CaseService$$SpringCGLIB$$0.class")).isEqualTo("members in the order of the first set");
    }

    @Test
    void anyOtherClassOfTheSameNameMustBeTheSame() throws IOException {
        write(classes, "Shared.class", "same");
        write(generated, "Shared.class", "same");
        ProfileAotProcessor.copy(generated, classes, "keycloak");
        assertThat(read(classes, "Shared.class")).isEqualTo("same");

        write(classes, "MdoApplication__BeanFactoryRegistrations.class", "without a profile");
        write(generated, "MdoApplication__BeanFactoryRegistrations.class", "another class");
        assertThatThrownBy(() -> ProfileAotProcessor.copy(generated, classes, "keycloak"))
                .hasMessageContaining("MdoApplication__BeanFactoryRegistrations.class")
                .hasMessageContaining("by another class");
        assertThat(read(classes, "MdoApplication__BeanFactoryRegistrations.class")).isEqualTo("without a profile");
    }

    @Test
    void theNamePrefixIsTheProfileCapitalisedWithoutOtherCharacters() {
        assertThat(ProfileAotProcessor.namePrefix("keycloak")).isEqualTo("Keycloak");
        assertThat(ProfileAotProcessor.namePrefix("Zorg-Net_2")).isEqualTo("Zorgnet2");
    }

    private static void write(Path root, String name, String content) throws IOException {
        Path file = root.resolve(PACKAGE + name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String read(Path root, String name) throws IOException {
        return Files.readString(root.resolve(PACKAGE + name));
    }
}
