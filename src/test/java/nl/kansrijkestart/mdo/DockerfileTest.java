package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image cannot be built on the build machines (no container engine), so what it promises is
 * checked here against the start script it relies on: a container starts the application the same
 * fast way as bin/start-production.sh outside one, with the AOT cache made during the image build.
 */
class DockerfileTest {

    private static String dockerfile() throws IOException {
        return Files.readString(Path.of("Dockerfile"));
    }

    @Test
    void theImageStartsThroughTheStartScriptWithAJdkThatCanReadTheCache() throws IOException {
        String dockerfile = dockerfile();
        Matcher base = Pattern.compile("(?m)^FROM eclipse-temurin:(\\d+)-").matcher(dockerfile);
        assertThat(base.find()).as("a Temurin base image").isTrue();
        assertThat(Integer.parseInt(base.group(1))).as("JDK AOT cache (JDK 25+)").isGreaterThanOrEqualTo(25);
        assertThat(dockerfile).contains("COPY bin/start-production.sh /app/start-production.sh")
                .contains("ENTRYPOINT [\"/app/start-production.sh\"]");
    }

    @Test
    void theCacheIsTrainedDuringTheImageBuildWhereTheScriptFindsItAtEveryStart() throws IOException {
        String dockerfile = dockerfile();
        String script = Files.readString(Path.of("bin/start-production.sh"));
        Matcher appDir = Pattern.compile("MDO_APP_DIR=(\\S+)").matcher(dockerfile);
        assertThat(appDir.find()).isTrue();
        assertThat(dockerfile).contains("RUN /app/start-production.sh --prepare && test -f " + appDir.group(1) + "/mdo.aot");
        assertThat(script).as("the script's cache file and its --prepare")
                .contains("CACHE=\"$APP_DIR/mdo.aot\"").contains("[ \"${1:-}\" != --prepare ] || exit 0");
        assertThat(dockerfile).as("the image runs as its own user, after the build made the cache as root")
                .containsPattern("(?s)--prepare.*USER mdo");
    }
}
