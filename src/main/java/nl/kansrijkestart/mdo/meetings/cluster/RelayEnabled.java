package nl.kansrijkestart.mdo.meetings.cluster;

import org.springframework.core.env.Environment;

/**
 * The relay runs when {@code mdo.cluster.relay} says {@code true}, or by default ({@code auto})
 * whenever the database is PostgreSQL: only there can a second node share the database. The
 * embedded H2 file database belongs to one process, so there it stays off. Decided when the relay
 * is made, not as a bean condition: the relay is always a bean, so that the Spring AOT code made
 * at build time (on H2's settings) has it for a start on PostgreSQL too.
 */
final class RelayEnabled {

    private RelayEnabled() {}

    static boolean in(Environment environment) {
        String setting = environment.getProperty("mdo.cluster.relay", "auto").trim();
        if (setting.equalsIgnoreCase("auto")) {
            return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
        }
        return Boolean.parseBoolean(setting);
    }
}
