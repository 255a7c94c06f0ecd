package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The embedded default keeps its data in an H2 file under mdo.data-dir, across restarts. */
class EmbeddedDatabaseTest {

    /** Each application start installs Vaadin's holder strategy JVM-wide; give the other tests theirs back. */
    private final SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restoreSecurityHolder() {
        SecurityContextHolder.setContextHolderStrategy(before);
    }

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext first = start(dataDir)) {
            first.getBean(JdbcTemplate.class).update("insert into organisation (name) values ('Blijft bewaard')");
        }
        assertThat(Files.exists(dataDir.resolve("mdo.mv.db"))).isTrue();
        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(second.getBean(JdbcTemplate.class)
                    .queryForObject("select count(*) from organisation where name = 'Blijft bewaard'", Integer.class))
                    .isEqualTo(1);
            assertThat(second.getBean(JdbcTemplate.class)
                    .queryForObject("select count(*) from municipality", Integer.class))
                    .as("migrations ran once, not twice").isEqualTo(15);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(MdoApplication.class)
                .run("--mdo.data-dir=" + dataDir, "--server.port=0", "--mdo.demo-data.enabled=false",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN");
    }
}
