package nl.kansrijkestart.mdo.meetings.cluster;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The relay runs when {@code mdo.cluster.relay} says {@code true}, or by default ({@code auto})
 * whenever the database is PostgreSQL: only there can a second node share the database. The
 * embedded H2 file database belongs to one process, so there it stays off.
 */
class RelayEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String setting = context.getEnvironment().getProperty("mdo.cluster.relay", "auto").trim();
        if (setting.equalsIgnoreCase("auto")) {
            return context.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
        }
        return Boolean.parseBoolean(setting);
    }
}
