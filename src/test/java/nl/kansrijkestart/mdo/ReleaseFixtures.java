package nl.kansrijkestart.mdo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/** The database fixtures of earlier releases under src/test/resources/releases (see its README). */
final class ReleaseFixtures {

    private ReleaseFixtures() {}

    static Path root() {
        try {
            return Path.of(Objects.requireNonNull(ReleaseFixtures.class.getResource("/releases/releases.txt")).toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The releases' commits, oldest first. */
    static List<String> releases() {
        try (Stream<String> lines = Files.lines(root().resolve("releases.txt"))) {
            return lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+")[0]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The migration scripts a release added, relative to its directory (db/migration/..., db/vendor/...). */
    static List<Path> scriptsOf(String release) {
        Path dir = root().resolve(release);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .map(dir::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MigrationVersion versionOf(Path script) {
        String name = script.getFileName().toString();
        return MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")));
    }
}
