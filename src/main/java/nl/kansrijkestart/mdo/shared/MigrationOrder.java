package nl.kansrijkestart.mdo.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Databases of every earlier release upgrade in place. Four migrations landed numbered below
 * versions that releases had already applied (V005, V034, V046, V047); Flyway refuses such
 * migrations unless it may run them out of order. It may, for exactly these four: they only add a
 * column with a default, a table, or widen a check, so they apply to any earlier schema with its
 * data (ReleaseUpgradeTest proves it per release). Any other migration numbered below the
 * database's newest one stops the start-up, and MigrationNumberingTest keeps new migrations
 * numbered above the latest release.
 */
@Configuration(proxyBeanMethods = false)
public class MigrationOrder {

    /** The migrations that landed after higher-numbered ones had been released. */
    public static final Set<MigrationVersion> LATE = Set.of("5", "34", "46", "47").stream()
            .map(MigrationVersion::fromVersion).collect(Collectors.toUnmodifiableSet());

    /** The application's Flyway settings, also for tests that run Flyway themselves. */
    public static FluentConfiguration configure(FluentConfiguration flyway) {
        return flyway.outOfOrder(true).callbacks(new OnlyKnownLateMigrations());
    }

    @Bean
    FlywayConfigurationCustomizer lateMigrationsRunOutOfOrder() {
        return MigrationOrder::configure;
    }

    /** Before migrating: refuses pending migrations below the applied ones, except the known late ones. */
    static final class OnlyKnownLateMigrations implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            var info = new Flyway(new FluentConfiguration(context.getConfiguration().getClassLoader())
                    .configuration(context.getConfiguration()).callbacks(new Callback[0])).info();
            MigrationInfo newest = info.current();
            if (newest == null || newest.getVersion() == null) {
                return;
            }
            List<String> refused = Arrays.stream(info.pending())
                    .filter(pending -> pending.getVersion() != null)
                    .filter(pending -> pending.getVersion().compareTo(newest.getVersion()) < 0)
                    .filter(pending -> !LATE.contains(pending.getVersion()))
                    .map(pending -> "V" + pending.getVersion() + " " + pending.getDescription()).toList();
            if (!refused.isEmpty()) {
                throw new IllegalStateException("Migrations " + refused + " are numbered below version "
                        + newest.getVersion() + " that this database already has; number new migrations above"
                        + " the latest release's highest one.");
            }
        }

        @Override
        public String getCallbackName() {
            return "only-known-late-migrations";
        }
    }
}
