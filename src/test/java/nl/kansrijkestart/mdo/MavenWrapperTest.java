package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands work on a machine whose JAVA_HOME or default java is older than 21: the
 * wrapper (./mvnw) looks further and runs Maven on a JDK 21+ it finds, here the one on the PATH.
 */
@DisabledOnOs(OS.WINDOWS)
class MavenWrapperTest {

    @Test
    void theWrapperRunsMavenOnAJdk21FromThePathWhenJavaHomeIsAnOlderJava(@TempDir Path oldJdk) throws Exception {
        fakeJdk(oldJdk, "17.0.15");
        Path thisJdk = Path.of(System.getProperty("java.home"));
        ProcessBuilder wrapper = new ProcessBuilder("sh", "mvnw", "-v").redirectErrorStream(true);
        wrapper.environment().put("JAVA_HOME", oldJdk.toString());
        wrapper.environment().put("PATH", thisJdk.resolve("bin") + ":/usr/bin:/bin");
        wrapper.environment().remove("MAVEN_ARGS");
        Process process = wrapper.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("JAVA_HOME (" + oldJdk + ") is not a JDK 21+; using")
                .contains("Java version: " + Runtime.version().feature());
    }

    /** A directory that looks like a JDK of the given version to the wrapper (release file, java, javac). */
    private static void fakeJdk(Path home, String version) throws IOException {
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path bin = Files.createDirectories(home.resolve("bin"));
        for (String tool : new String[] {"java", "javac"}) {
            Path script = Files.writeString(bin.resolve(tool), "#!/bin/sh\necho 'old java' >&2\nexit 1\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
