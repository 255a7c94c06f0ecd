package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.kansrijkestart.mdo.shared.MigrationOrder;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * Migrations are numbered strictly upward from the latest release: a new migration numbered below
 * a version a release already applied would be refused by Flyway on that release's databases (only
 * the four known late ones may run out of order, see MigrationOrder). And a released migration
 * never changes, since the databases that applied it hold its checksum.
 */
class MigrationNumberingTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db");

    @Test
    void everyMigrationThatNoReleaseHasIsNumberedAboveTheLatestReleasesHighest() throws IOException {
        Map<String, Path> released = releasedScripts();
        MigrationVersion highest = released.keySet().stream().map(name -> ReleaseFixtures.versionOf(Path.of(name)))
                .max(MigrationVersion::compareTo).orElseThrow();
        List<String> belowTheLatestRelease = new ArrayList<>();
        for (Path script : todaysScripts()) {
            String key = MIGRATIONS.relativize(script).toString();
            if (!released.containsKey(key) && ReleaseFixtures.versionOf(script).compareTo(highest) <= 0) {
                belowTheLatestRelease.add(key);
            }
        }
        assertThat(belowTheLatestRelease)
                .as("new migrations must be numbered above V%s, the highest of the latest release in"
                        + " src/test/resources/releases", highest)
                .isEmpty();
    }

    @Test
    void noReleasedMigrationHasChangedOrDisappeared() throws IOException {
        for (var entry : releasedScripts().entrySet()) {
            Path today = MIGRATIONS.resolve(entry.getKey());
            assertThat(today).as("released migration %s is still there", entry.getKey()).exists();
            assertThat(Files.readString(today)).as("released migration %s is unchanged", entry.getKey())
                    .isEqualTo(Files.readString(entry.getValue()));
        }
    }

    @Test
    void onlyTheFourKnownLateMigrationsAreNumberedBelowAnEarlierRelease() {
        List<MigrationVersion> late = new ArrayList<>();
        MigrationVersion highestSoFar = MigrationVersion.EMPTY;
        for (String release : ReleaseFixtures.releases()) {
            MigrationVersion highestBefore = highestSoFar;
            for (Path script : ReleaseFixtures.scriptsOf(release)) {
                MigrationVersion version = ReleaseFixtures.versionOf(script);
                if (version.compareTo(highestBefore) < 0) {
                    late.add(version);
                }
                highestSoFar = version.compareTo(highestSoFar) > 0 ? version : highestSoFar;
            }
        }
        assertThat(late).containsExactlyInAnyOrderElementsOf(MigrationOrder.LATE);
    }

    /** Path below db/ (as in src/main/resources/db) → the script as a release shipped it. */
    private static Map<String, Path> releasedScripts() {
        Map<String, Path> scripts = new HashMap<>();
        for (String release : ReleaseFixtures.releases()) {
            for (Path script : ReleaseFixtures.scriptsOf(release)) {
                scripts.put(Path.of("db").relativize(script).toString(),
                        ReleaseFixtures.root().resolve(release).resolve(script));
            }
        }
        return scripts;
    }

    private static List<Path> todaysScripts() throws IOException {
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).toList();
        }
    }
}
