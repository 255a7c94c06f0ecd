package nl.kansrijkestart.mdo.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Work that must happen once per cluster, not once per node: a method annotated with
 * {@code @SchedulerLock} first takes its row in the {@code shedlock} table (migration V085) and
 * is skipped on every node that finds the row taken. The lock times are the database's, so nodes
 * whose clocks differ still agree. A method without the annotation (such as ending the typing of a
 * silent page, which concerns only this node's pages) runs on every node as before.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
